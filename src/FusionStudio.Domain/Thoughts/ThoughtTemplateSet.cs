namespace FusionStudio.Domain.Thoughts;

/// <summary>
/// Thought templates written by a summarizer from the best past answers of some runs or imported logs, one per past
/// query, with what they were built with. Its calls are in the call log under its id.
/// </summary>
public sealed class ThoughtTemplateSet
{
    public const int NameLength = 120;

    public const int ErrorLength = 2000;

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The runs (generated or imported logs) whose answers the templates are written from.</summary>
    public List<int> SourceRunIds { get; set; } = [];

    /// <summary>The teacher that writes the templates.</summary>
    public int SummarizerTeacherId { get; set; }

    /// <summary>The pinned version of the thought summarizer template.</summary>
    public int SummarizerTemplateVersionId { get; set; }

    /// <summary>The embedding model key under which past queries and new prompts are compared.</summary>
    public required string EmbeddingModel { get; set; }

    public ThoughtTemplateSetStatus Status { get; set; }

    /// <summary>Why the build stopped, for people; null unless <see cref="ThoughtTemplateSetStatus.Failed"/>.</summary>
    public string? Error { get; set; }

    /// <summary>Past queries with at least one scored answer: one template each once built.</summary>
    public int Queries { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
