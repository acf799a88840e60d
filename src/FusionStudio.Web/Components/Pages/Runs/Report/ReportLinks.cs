using FusionStudio.Web.Runs;

namespace FusionStudio.Web.Components.Pages.Runs.Report;

/// <summary>Where a figure of the report links: the run page's prompt table, filtered to the prompts behind it.</summary>
public static class ReportLinks
{
    public static string Prompts(int runId, RunPromptFilter filter) =>
        $"/runs/{runId}" + new RunPromptPageState(filter, RunPromptSort.Default).ToQueryString();
}
