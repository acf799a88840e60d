namespace FusionStudio.Engine.Imports;

/// <summary>Pasted text read as prompts: one per line, blank lines skipped. The paste box counts what the import stores.</summary>
public static class PastedPrompts
{
    /// <summary>Each non-blank line with its 1-based line number.</summary>
    public static IEnumerable<(int Line, string Prompt)> Lines(string? text)
    {
        using var reader = new StringReader(text ?? "");
        var line = 0;
        while (reader.ReadLine() is { } prompt)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(prompt))
            {
                yield return (line, prompt);
            }
        }
    }

    public static int Count(string? text) => Lines(text).Count();
}
