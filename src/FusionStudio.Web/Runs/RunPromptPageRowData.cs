using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>What the page query filters and sorts on, before it is cut to one page; translated to SQL as a whole.</summary>
internal sealed class RunPromptPageRowData
{
    public long PromptId { get; init; }

    public int Ordinal { get; init; }

    public PromptStage Stage { get; init; }

    public string? Error { get; init; }

    public string Text { get; init; } = "";

    public string Language { get; init; } = "";

    public string Task { get; init; } = "";

    public double? Score { get; init; }

    public PairVerdict? Verdict { get; init; }
}
