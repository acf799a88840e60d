namespace FusionStudio.Domain.Runs;

/// <summary>The pointwise judge's score of one candidate; at most one per candidate and judge.</summary>
public sealed class JudgeScore
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long CandidateId { get; set; }

    public int JudgeTeacherId { get; set; }

    public int TemplateVersionId { get; set; }

    /// <summary>The parsed score; null when the judge's answers could not be parsed (see <see cref="Error"/>).</summary>
    public double? Score { get; set; }

    public string? Rationale { get; set; }

    public string? RawAnswer { get; set; }

    /// <summary>How many times the judge was asked before a parseable answer (or giving up).</summary>
    public int Attempts { get; set; }

    public ModelCallUsage Usage { get; set; } = new();

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
