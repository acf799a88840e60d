using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Recipes;

namespace FusionStudio.Engine.Serving;

/// <summary>
/// One recipe version ready to serve: its teachers and fusor with their endpoints, its templates and limits. A routed
/// recipe's plan is narrowed per request to the teachers the router picked (<see cref="Routed"/>).
/// </summary>
public sealed record ServingPlan(
    int RecipeId,
    string RecipeName,
    RecipeVersion Version,
    IReadOnlyList<ServedTeacher> Teachers,
    ServedTeacher? Fusor,
    PromptTemplateVersion? FusorTemplate)
{
    /// <summary>Who answers a routed recipe's request when the router cannot pick or its teacher fails.</summary>
    public ServedTeacher? Fallback { get; init; }

    /// <summary>The MoA proposer prompt of a Mixture-of-Agents recipe.</summary>
    public PromptTemplateVersion? ProposerTemplate { get; init; }

    /// <summary>Why the router could not pick teachers for this request; null when it did, or the recipe does not route.</summary>
    public string? RouteError { get; init; }

    public RecipeLimits Limits => Version.Limits;

    public TimeSpan CallTimeout => TimeSpan.FromSeconds(Version.Limits.CallTimeoutSeconds);

    public TimeSpan RequestTimeout => TimeSpan.FromSeconds(Version.Limits.RequestTimeoutSeconds);

    public bool Routes => Version.Kind is RecipeKind.Routed or RecipeKind.RoutedFusion;

    /// <summary>The plan for one request the router ranked: only the teachers it picked answer (ids best first, already cut to the kind's count).</summary>
    public ServingPlan Routed(IReadOnlyList<int> teacherIds, string? error) => this with
    {
        Teachers = teacherIds.Select(id => Teachers.First(t => t.Teacher.Id == id)).ToList(),
        RouteError = error,
    };
}
