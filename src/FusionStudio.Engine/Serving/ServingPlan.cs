using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Recipes;

namespace FusionStudio.Engine.Serving;

/// <summary>One recipe version ready to serve: its teachers and fusor with their endpoints, its template and limits.</summary>
public sealed record ServingPlan(
    int RecipeId,
    string RecipeName,
    RecipeVersion Version,
    IReadOnlyList<ServedTeacher> Teachers,
    ServedTeacher? Fusor,
    PromptTemplateVersion? FusorTemplate)
{
    public RecipeLimits Limits => Version.Limits;

    public TimeSpan CallTimeout => TimeSpan.FromSeconds(Version.Limits.CallTimeoutSeconds);

    public TimeSpan RequestTimeout => TimeSpan.FromSeconds(Version.Limits.RequestTimeoutSeconds);
}
