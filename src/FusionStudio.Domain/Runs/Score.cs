namespace FusionStudio.Domain.Runs;

/// <summary>
/// The pointwise judge's score of one answer: a candidate, or an aggregate's fused text (the run's FusioN answer or
/// a FusioN@k point), so both sit on one scale. Exactly one of <see cref="CandidateId"/> and
/// <see cref="AggregateId"/> is set; at most one score per answer, judge and template version.
/// </summary>
public sealed class Score : IRecordsCalls
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long? CandidateId { get; set; }

    public long? AggregateId { get; set; }

    public int JudgeTeacherId { get; set; }

    public int TemplateVersionId { get; set; }

    /// <summary>The parsed score; null when the judge's answers could not be parsed (see <see cref="Error"/>).</summary>
    public double? Value { get; set; }

    public string? Rationale { get; set; }

    public string? RawAnswer { get; set; }

    /// <summary>How many times the judge was asked before a parseable answer (or giving up): one call each.</summary>
    public int Attempts { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ModelCall> Calls { get; set; } = [];
}
