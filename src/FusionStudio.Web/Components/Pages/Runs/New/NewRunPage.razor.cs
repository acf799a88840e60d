using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Shared;
using FusionStudio.Engine.Runs;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.New;

public partial class NewRunPage
{
    private RunFormOptions? _options;
    private RunPlan _plan = new();
    private RunForecast? _forecast;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private bool _checkAsYouGo;
    private bool _starting;
    private string? _sourceRun;

    [Inject]
    private RunFormOptionsQuery OptionsQuery { get; set; } = default!;

    [Inject]
    private RunPlanPrefillQuery Prefill { get; set; } = default!;

    [Inject]
    private RunProgressQuery Progress { get; set; } = default!;

    [Inject]
    private RunPlanner Planner { get; set; } = default!;

    [Inject]
    private RunCommands Commands { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>"Run again with…": the run whose choices fill the form.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _options = await OptionsQuery.LoadAsync();
        var from = new QueryNumber(From);
        if (from.IsInvalid)
        {
            Snackbar.Add(from.Problem("from", "a run number") + " The form starts empty.", Severity.Warning);
        }

        if (from.Value is { } runId)
        {
            if (await Prefill.LoadAsync(runId) is { } plan)
            {
                _plan = plan;
                _sourceRun = (await Progress.LoadAsync(runId))?.Name;
            }
            else
            {
                Snackbar.Add($"Run {runId} does not exist: the form starts empty.", Severity.Warning);
            }
        }

        RunPlanDefaults.Apply(_plan, _options);
        _forecast = RunPlanEstimator.Forecast(_plan, _options);
    }

    private void PlanChanged()
    {
        // Errors show once the person has tried to start; from then on they follow each change.
        if (_checkAsYouGo)
        {
            _errors = RunPlanValidator.Validate(_plan);
        }

        _forecast = _options is null ? null : RunPlanEstimator.Forecast(_plan, _options);
    }

    private async Task StartAsync()
    {
        if (AuthenticationState is null)
        {
            return;
        }

        _starting = true;
        try
        {
            var user = (await AuthenticationState).User;
            var created = await Planner.CreateAsync(_plan, user);
            if (created.RunId is not { } runId)
            {
                _errors = created.Errors;
                _checkAsYouGo = true;
                return;
            }

            var started = await Commands.ExecuteAsync(runId, RunCommand.Start, user);
            if (!started.Done)
            {
                Snackbar.Add(started.Message, Severity.Warning);
            }

            Navigation.NavigateTo($"/runs/{runId}");
        }
        finally
        {
            _starting = false;
        }
    }
}
