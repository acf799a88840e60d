namespace FusionStudio.Domain.Prompts;

/// <summary>A named fusor or judge prompt. Its text lives in immutable versions; editing adds a version.</summary>
public sealed class PromptTemplate
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public PromptTemplateKind Kind { get; set; }

    public string? Description { get; set; }

    /// <summary>True for the defaults FusionStudio ships; they can be versioned like any other.</summary>
    public bool IsBuiltIn { get; set; }

    public List<PromptTemplateVersion> Versions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public PromptTemplateVersion? LatestVersion => Versions.MaxBy(v => v.Number);

    /// <summary>Adds the next version; earlier versions stay exactly as they were, since runs pin them.</summary>
    public PromptTemplateVersion AddVersion(string systemText, string userText, string? note, string? author, DateTimeOffset at)
    {
        var version = new PromptTemplateVersion
        {
            Number = (LatestVersion?.Number ?? 0) + 1,
            SystemText = systemText,
            UserText = userText,
            Note = note,
            CreatedBy = author,
            CreatedAt = at,
        };
        Versions.Add(version);
        return version;
    }
}
