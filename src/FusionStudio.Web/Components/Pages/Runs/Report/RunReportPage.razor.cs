using FusionStudio.Web.Reports;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Runs.Report;

/// <summary>
/// A run's report: win rates with intervals per compared pair, language and task; people's verdicts and their
/// agreement with the judge; score distributions; cost and latency per method; position bias; failures. Read on
/// open, since the figures come from sums over the whole run.
/// </summary>
public sealed partial class RunReportPage
{
    private RunReport? _report;
    private bool _missing;

    [Parameter]
    public int RunId { get; set; }

    [Inject]
    private RunReportQuery Query { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _report = null;
        _report = await Query.LoadAsync(RunId);
        _missing = _report is null;
    }
}
