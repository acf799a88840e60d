namespace FusionStudio.Engine.Exports;

/// <summary>One export of a run: its kind, file format, answer rules and filters.</summary>
public sealed record ExportRequest(ExportKind Kind, ExportFormat Format)
{
    /// <summary>For <see cref="ExportKind.Sft"/>: which answer is the assistant turn.</summary>
    public SftAnswerRule SftAnswer { get; init; } = SftAnswerRule.Fusion;

    /// <summary>For <see cref="ExportKind.PreferencePairs"/>: how chosen and rejected are picked.</summary>
    public PreferencePairRule PairRule { get; init; } = PreferencePairRule.FusionOverLowest;

    public ExportFilter Filter { get; init; } = ExportFilter.None;
}
