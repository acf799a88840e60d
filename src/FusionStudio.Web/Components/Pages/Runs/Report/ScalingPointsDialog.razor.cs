using FusionStudio.Engine.Scaling;
using FusionStudio.Jobs.Scaling;
using FusionStudio.Web.Scaling;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Report;

/// <summary>Chooses k values for FusioN@k points, shows what they will cost, and confirms them (Editors only, checked on the server).</summary>
public sealed partial class ScalingPointsDialog
{
    private readonly SortedSet<int> _chosen = [];
    private int _subsets = ScalingRequest.DefaultSubsets;
    private int? _promptLimit;
    private ScalingEstimate? _estimate;
    private string? _message;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter, EditorRequired]
    public int RunId { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<int> Choosable { get; set; } = [];

    /// <summary>The run's prompts, the most the sample can hold.</summary>
    [Parameter]
    public int PromptCount { get; set; }

    private ScalingRequest Request => new([.. _chosen], _subsets, _promptLimit is { } limit && limit < PromptCount ? limit : null);

    [Inject]
    private ScalingEstimator Estimator { get; set; } = default!;

    [Inject]
    private ScalingCommands Commands { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // All missing points are proposed; unticking one shrinks the estimate.
        _chosen.UnionWith(Choosable);
        await EstimateAsync();
    }

    private async Task ToggleAsync(int k, bool chosen)
    {
        if (chosen)
        {
            _chosen.Add(k);
        }
        else
        {
            _chosen.Remove(k);
        }

        await EstimateAsync();
    }

    private async Task SubsetsChangedAsync(int subsets)
    {
        _subsets = subsets;
        await EstimateAsync();
    }

    private async Task PromptLimitChangedAsync(int? limit)
    {
        _promptLimit = limit;
        await EstimateAsync();
    }

    private async Task EstimateAsync() => _estimate = await Estimator.EstimateAsync(RunId, Request);

    private async Task ConfirmAsync()
    {
        if (AuthenticationState is null)
        {
            return;
        }

        _busy = true;
        var user = (await AuthenticationState).User;
        var result = await Commands.ConfirmAsync(RunId, Request, user);
        _busy = false;
        if (result.Queued)
        {
            Snackbar.Add(result.Message, Severity.Success);
            MudDialog.Close(DialogResult.Ok(result.Jobs));
        }
        else
        {
            _message = result.Message;
        }
    }
}
