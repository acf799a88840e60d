using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Routing;
using FusionStudio.Web.Routers;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Routers;

public partial class RouterDetail
{
    private TrainedRouter? _router;
    private RoutingEvaluation? _evaluation;
    private RoutingEvaluation? _tested;
    private IReadOnlyList<LogSetSummary> _logSets = [];
    private readonly List<int> _testOn = [];
    private string? _testError;
    private bool _loaded;
    private bool _testing;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private RouterService Routers { get; set; } = default!;

    [Inject]
    private LogSetQuery LogSets { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (await Routers.GetAsync(Id) is var (router, evaluation))
        {
            (_router, _evaluation) = (router, evaluation);
        }

        _logSets = await LogSets.ListAsync();
        _loaded = true;
    }

    private void ToggleTest(int runId, bool on)
    {
        _testOn.Remove(runId);
        if (on)
        {
            _testOn.Add(runId);
        }
    }

    private async Task TestAsync()
    {
        _testing = true;
        try
        {
            var (evaluation, problem) = await Routers.EvaluateAsync(Id, _testOn);
            _tested = evaluation;
            _testError = problem?.Errors.Values.FirstOrDefault();
        }
        finally
        {
            _testing = false;
        }
    }
}
