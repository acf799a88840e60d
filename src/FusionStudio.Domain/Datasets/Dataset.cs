namespace FusionStudio.Domain.Datasets;

/// <summary>The prompts of a run.</summary>
public sealed class Dataset
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<DatasetPrompt> Prompts { get; set; } = [];

    public int PromptCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
