namespace FusionStudio.Domain.Runs;

/// <summary>
/// The pointwise judge's score of one aggregate's answer (a fused text, or FusioN@k for the scaling curve); at most
/// one per aggregate, judge and template version. Selectors need none: their answer is a candidate already scored.
/// </summary>
public sealed class AggregateScore
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long AggregateId { get; set; }

    public int JudgeTeacherId { get; set; }

    public int TemplateVersionId { get; set; }

    /// <summary>The parsed score; null when the judge's answers could not be parsed (see <see cref="Error"/>).</summary>
    public double? Score { get; set; }

    public string? Rationale { get; set; }

    public string? RawAnswer { get; set; }

    public int Attempts { get; set; }

    public ModelCallUsage Usage { get; set; } = new();

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
