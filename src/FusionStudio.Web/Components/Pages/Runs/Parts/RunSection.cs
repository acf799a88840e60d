namespace FusionStudio.Web.Components.Pages.Runs.Parts;

/// <summary>The pages of one run, in the order the run's navigation shows them.</summary>
public enum RunSection
{
    Overview,
    Report,
    Matrix,
    Review,
    Export,
}
