namespace FusionStudio.Web.Recipes;

/// <summary>A trained router as the recipe form offers it.</summary>
public sealed record RecipeRouterOption(int Id, string Name, int Version)
{
    public string Label => $"{Name} v{Version}";
}
