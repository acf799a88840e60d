using FusionStudio.Domain.Recipes;

namespace FusionStudio.Web.Recipes;

/// <summary>A recipe as the library lists it: its current version's shape and limits, and its live run.</summary>
public sealed record RecipeListItem(
    int Id,
    string Name,
    string? Description,
    int Version,
    RecipeKind Kind,
    IReadOnlyList<string> Teachers,
    string? Fusor,
    RecipeLimits Limits,
    bool StoreTraffic,
    int? LiveRunId,
    DateTimeOffset CreatedAt);
