namespace FusionStudio.Web.Components.Pages.Runs.Detail;

public partial class RunSetupPanel
{
    private static string Prompts(params string?[] templates) =>
        templates.OfType<string>().ToList() is { Count: > 0 } named ? $" with {string.Join(" and ", named)}" : "";
}
