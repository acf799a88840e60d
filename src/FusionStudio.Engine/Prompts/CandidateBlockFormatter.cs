using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// Renders candidates as the numbered blocks of <see cref="PromptProtocol"/>,
/// <c>&lt;candidate id="1"&gt;…&lt;/candidate&gt;</c>, separated by blank lines. Numbers are positions (1..n) in the
/// order given, never database ids, so the fusor learns nothing about which teacher wrote what.
/// </summary>
public static class CandidateBlockFormatter
{
    public static string Format(IReadOnlyList<string> candidateTexts)
    {
        ArgumentNullException.ThrowIfNull(candidateTexts);
        return string.Join("\n\n", candidateTexts.Select((text, index) => PromptProtocol.Candidate(index + 1, Prepare(text))));
    }

    /// <summary>The same numbered blocks as <c>&lt;reference id="1"&gt;…&lt;/reference&gt;</c>, for a Mixture-of-Agents proposer.</summary>
    public static string FormatReferences(IReadOnlyList<string> referenceTexts)
    {
        ArgumentNullException.ThrowIfNull(referenceTexts);
        return string.Join("\n\n", referenceTexts.Select((text, index) => PromptProtocol.Reference(index + 1, Prepare(text))));
    }

    // Blank lines at the edges only pad the block; indentation inside (code) is kept.
    private static string Prepare(string text) => FramingTags.Neutralise(text).TrimStart('\r', '\n').TrimEnd();
}
