namespace FusionStudio.Web.Components.Pages.Runs.Prompts;

/// <summary>
/// Each candidate's colour, the same in its card and in the fused answer's highlighting. The palette (app.css,
/// "Prompt review: attribution") uses translucent fills over the theme's own text colour, so it reads in light and
/// dark themes; after eight candidates the colours repeat.
/// </summary>
public static class CandidateColors
{
    public const int PaletteSize = 8;

    public static string ClassOf(int number) => $"fs-src-{(number - 1) % PaletteSize}";
}
