namespace FusionStudio.Domain.Prompts;

/// <summary>One immutable text of a prompt template. Runs reference versions, never templates.</summary>
public sealed class PromptTemplateVersion
{
    public int Id { get; init; }

    public int TemplateId { get; init; }

    public PromptTemplate? Template { get; init; }

    public int Number { get; init; }

    public string SystemText { get; init; } = "";

    public required string UserText { get; init; }

    public string? Note { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
