namespace FusionStudio.Engine.Attribution;

/// <summary>How long a shared run of tokens must be before it counts as taken from a source.</summary>
public sealed class AttributionOptions
{
    public static AttributionOptions Default { get; } = new();

    /// <summary>Shortest run of words that counts; shorter shared phrases ("it is a") are common to any two texts.</summary>
    public int MinWords { get; init; } = 4;

    /// <summary>Shortest run of characters that counts in scripts written without spaces (Chinese, Japanese, Thai).</summary>
    public int MinCharacters { get; init; } = 4;

    /// <summary>
    /// A run mixing words and characters counts when its words and characters together reach one full minimum:
    /// words / MinWords + characters / MinCharacters ≥ 1.
    /// </summary>
    internal bool IsLongEnough(int words, int characters) =>
        ((long)words * MinCharacters) + ((long)characters * MinWords) >= (long)MinWords * MinCharacters;
}
