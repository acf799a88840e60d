namespace FusionStudio.Simulation;

/// <summary>Cuts an answer into streaming deltas of a few words that concatenate back to the exact text.</summary>
public static class StreamChunker
{
    private const int WordsPerChunk = 2;

    // Scripts without spaces (Chinese, Japanese) would otherwise come as one chunk.
    private const int MaxChunkLength = 24;

    public static IEnumerable<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var endsWord = char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || !char.IsWhiteSpace(text[i + 1]));
            if (endsWord)
            {
                words++;
            }

            var tooLong = i + 1 - start >= MaxChunkLength && !char.IsHighSurrogate(text[i]);
            if (words == WordsPerChunk || tooLong)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
                words = 0;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
