namespace FusionStudio.Domain.Thoughts;

/// <summary>
/// One past query's thought template: a few sentences (task type, reasoning steps, answer format) that the
/// summarizer wrote from the query's best answers, which are kept as its sources.
/// </summary>
public sealed class ThoughtTemplate : Calls.IRecordsCalls
{
    public const int TaskLength = 100;

    public long Id { get; set; }

    public int SetId { get; set; }

    /// <summary>The past query (a dataset prompt of a source run); one template per query and set.</summary>
    public long PromptId { get; set; }

    /// <summary>The run whose answers were the sources.</summary>
    public int RunId { get; set; }

    /// <summary>The past query's task, copied so that retrieval within a task reads one table.</summary>
    public string Task { get; set; } = "";

    /// <summary>The candidates the summarizer read, best first.</summary>
    public List<long> SourceCandidateIds { get; set; } = [];

    /// <summary>The template; null when the summarizer failed.</summary>
    public string? Text { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The summarizer call that wrote it, stored in the same transaction.</summary>
    public List<Calls.ModelCall> Calls { get; init; } = [];
}
