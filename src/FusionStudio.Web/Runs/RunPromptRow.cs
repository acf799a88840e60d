using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>One prompt of a run in the paged table; long text and errors come back cut short.</summary>
/// <param name="Score">The judge score named by the page's <see cref="RunPromptPage.ScoreSource"/>.</param>
/// <param name="Verdict">The final verdict of the page's comparison pair, from its first method's side.</param>
public sealed record RunPromptRow(
    long PromptId,
    int Ordinal,
    string Text,
    bool TextCut,
    string Language,
    string Task,
    PromptStage Stage,
    string? Error,
    double? Score = null,
    RunPromptVerdict Verdict = RunPromptVerdict.None);
