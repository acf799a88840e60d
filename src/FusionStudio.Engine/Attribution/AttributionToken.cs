namespace FusionStudio.Engine.Attribution;

/// <summary>One word (or one character of a script written without spaces) at its place in the original text.</summary>
/// <param name="Start">Offset of the token's first UTF-16 code unit.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Key">The normalised form that matching compares (case-folded).</param>
/// <param name="IsCharacter">True for a CJK, Thai or similar character, which carries less than a word.</param>
public readonly record struct AttributionToken(int Start, int Length, string Key, bool IsCharacter)
{
    public int End => Start + Length;
}
