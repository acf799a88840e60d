namespace FusionStudio.Engine.Exports;

/// <summary>One export of a run: its kind, file format, answer rules and filters.</summary>
public sealed record ExportRequest(ExportKind Kind, ExportFormat Format)
{
    /// <summary>For <see cref="ExportKind.Sft"/>: which answer is the assistant turn.</summary>
    public SftAnswerRule SftAnswer { get; init; } = SftAnswerRule.Fusion;

    /// <summary>For <see cref="ExportKind.PreferencePairs"/>: how chosen and rejected are picked.</summary>
    public PreferencePairRule PairRule { get; init; } = PreferencePairRule.FusionOverLowest;

    /// <summary>For <see cref="ExportKind.Distillation"/>: how many answers each prompt gives at most.</summary>
    public int TopK { get; init; } = DefaultTopK;

    /// <summary>For <see cref="ExportKind.Distillation"/>: add the prompt's reference answer, where it has one, as one more row.</summary>
    public bool WithReference { get; init; }

    public const int DefaultTopK = 3;

    public ExportFilter Filter { get; init; } = ExportFilter.None;

    /// <summary>CSV: start the file with a UTF-8 byte order mark, so Excel reads non-Latin text right.</summary>
    public bool ExcelBom { get; init; }

    /// <summary>
    /// CSV: write cells that start with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> as they are. By default they get a leading
    /// apostrophe, so a spreadsheet shows a model's answer instead of running it as a formula.
    /// </summary>
    public bool KeepFormulas { get; init; }
}
