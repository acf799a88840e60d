namespace FusionStudio.Domain.Runs;

/// <summary>
/// The pairwise judge's verdict between two methods' answers to one prompt, asked in both orders. When the two
/// orders disagree the final verdict is a tie; both raw answers are kept.
/// </summary>
public sealed class Comparison : IRecordsCalls
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long PromptId { get; set; }

    public AggregationMethod MethodA { get; set; }

    public AggregationMethod MethodB { get; set; }

    public int TemplateVersionId { get; set; }

    public PairVerdict? VerdictAFirst { get; set; }

    public PairVerdict? VerdictBFirst { get; set; }

    public string? RawAnswerAFirst { get; set; }

    public string? RawAnswerBFirst { get; set; }

    public PairVerdict? Final { get; set; }

    /// <summary>
    /// The prompt's language and task, copied from it when the comparison is made (a dataset's prompts do not change
    /// once imported), so the report counts verdicts per language and task from the comparisons' own index.
    /// </summary>
    public required string Language { get; set; }

    /// <inheritdoc cref="Language"/>
    public required string Task { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The judge calls of both orders, re-asks included.</summary>
    public List<ModelCall> Calls { get; set; } = [];

    public static PairVerdict Combine(PairVerdict aFirst, PairVerdict bFirst) => aFirst == bFirst ? aFirst : PairVerdict.Tie;
}
