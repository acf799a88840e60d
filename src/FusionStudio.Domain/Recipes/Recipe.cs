namespace FusionStudio.Domain.Recipes;

/// <summary>
/// A named way of answering requests that the endpoint serves as a model. Its settings live in immutable
/// <see cref="RecipeVersion"/>s: saving a change adds a version, so what a served answer came from never changes.
/// </summary>
public sealed class Recipe
{
    public const int NameLength = 64;

    public int Id { get; set; }

    /// <summary>The model id clients send: lower-case letters, digits, dots, dashes and underscores.</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The version that new requests are served by.</summary>
    public int CurrentVersion { get; set; }

    public List<RecipeVersion> Versions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
