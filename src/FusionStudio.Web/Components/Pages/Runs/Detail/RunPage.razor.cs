using FusionStudio.Data.Calls;
using FusionStudio.Data.RunChanges;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>
/// One run, live: progress by step, spending, errors and the prompts. Workers (maybe other processes) send a notice
/// when the run moves; the page then reads one progress snapshot and, when it changed, the prompt table's page, so
/// panel, status and table show the same moment. Reads never overlap, so an older read cannot overwrite a newer one.
/// </summary>
public sealed partial class RunPage : IAsyncDisposable
{
    // Sums over every row of the run: re-read when work happened, at most this often.
    private static readonly TimeSpan _usageInterval = TimeSpan.FromSeconds(10);

    private RunProgress? _progress;
    private RunSetup? _setup;
    private RunUsage _usage = RunUsage.None;
    private RunErrorGroups _errors = RunErrorGroups.None;
    private RunPromptTable? _prompts;
#pragma warning disable CA2213 // See DisposeAsync.
    private readonly SemaphoreSlim _reading = new(1, 1);
#pragma warning restore CA2213
    private RunChangeListener? _listener;
    private DateTimeOffset _now;
    private DateTimeOffset _usageReadAt;
    private bool _missing;
    private bool _busy;

    [Parameter]
    public int RunId { get; set; }

    [Inject]
    private RunProgressQuery ProgressQuery { get; set; } = default!;

    [Inject]
    private RunSetupQuery SetupQuery { get; set; } = default!;

    [Inject]
    private RunCallLog CallLog { get; set; } = default!;

    [Inject]
    private RunErrorGroupsQuery ErrorQuery { get; set; } = default!;

    [Inject]
    private RunChangeFeed Changes { get; set; } = default!;

    [Inject]
    private RunCommands Commands { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<RunPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string Created => _setup is null
        ? ""
        : $"Created {RunText.Time(_setup.CreatedAt)}{(_setup.CreatedBy is { } by ? $" by {by}" : "")}";

    protected override async Task OnParametersSetAsync()
    {
        _setup = await SetupQuery.LoadAsync(RunId);
        _missing = _setup is null;
        if (!_missing)
        {
            // The table reads its own page when it renders, and the page's parameters are set again on every change
            // of the table's address: reloading it here as well would chase its own navigation.
            await RefreshAsync(force: true, reloadTable: false, CancellationToken.None);
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _listener = new RunChangeListener(Changes, Logger);
            _listener.Start(RunId, token => InvokeAsync(() => TickAsync(token)));
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (_missing)
        {
            return;
        }

        await RefreshAsync(force: false, reloadTable: false, cancellationToken);
    }

    /// <summary>
    /// Reads the progress snapshot and shows it at once (panel, status and stage filters), then the slower parts:
    /// the table's page when the prompts moved, and spending and errors now and then.
    /// </summary>
    /// <param name="force">Re-read spending and errors too, not only when work happened.</param>
    /// <param name="reloadTable">Re-read the prompt table's page even when the progress did not change.</param>
    private async Task RefreshAsync(bool force, bool reloadTable, CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken);
        try
        {
            var before = _progress;
            _progress = await ProgressQuery.LoadAsync(RunId, cancellationToken);
            _now = Clock.GetUtcNow();
            if (_progress is null)
            {
                return;
            }

            var changed = !_progress.SameAs(before);
            StateHasChanged();
            if (_prompts is not null && (reloadTable || changed))
            {
                await _prompts.ReloadAsync();
            }

            if (force || (changed && _now - _usageReadAt >= _usageInterval) || before?.Status != _progress.Status)
            {
                _usage = RunUsage.From(await CallLog.SummaryAsync(RunId, cancellationToken));
                _errors = await ErrorQuery.LoadAsync(RunId, cancellationToken: cancellationToken);
                _usageReadAt = _now;
                StateHasChanged();
            }
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task SaveAsRecipeAsync()
    {
        var dialog = await Dialogs.ShowAsync<SaveAsRecipeDialog>("Save as recipe", new DialogParameters<SaveAsRecipeDialog> { { d => d.RunId, RunId } });
        if (await dialog.Result is { Canceled: false, Data: int })
        {
            Snackbar.Add("Saved the recipe: it answers as a model at /v1/chat/completions (see Recipes).", Severity.Success);
        }
    }

    private async Task JudgeTrafficAsync()
    {
        var dialog = await Dialogs.ShowAsync<JudgeTrafficDialog>("Judge this traffic", new DialogParameters<JudgeTrafficDialog> { { d => d.RunId, RunId } });
        if (await dialog.Result is { Canceled: false, Data: string message })
        {
            Snackbar.Add(message, Severity.Success);
            _setup = await SetupQuery.LoadAsync(RunId);
        }
    }

    private async Task RunCommandAsync(RunCommand command)
    {
        if (AuthenticationState is null || _progress is null)
        {
            return;
        }

        if (command == RunCommand.Cancel && await Dialogs.ShowMessageBoxAsync(
                "Cancel this run?",
                "No new calls start and calls in flight stop. What is done so far is kept, but a cancelled run cannot be resumed.",
                yesText: "Cancel run",
                cancelText: "Keep it") != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            var result = await Commands.ExecuteAsync(RunId, command, user);
            Snackbar.Add(result.Message, result.Done ? Severity.Success : Severity.Warning);
            if (result.Done && RunLifecycle.Target(_progress.Status, command) is { } moved)
            {
                // The move is stored: say so now, before the re-read, which waits behind any refresh in flight.
                _progress = _progress with { Status = moved };
                StateHasChanged();
            }

            await RefreshAsync(force: true, reloadTable: true, CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_listener is not null)
        {
            await _listener.DisposeAsync();
        }

        // _reading is left to the collector: a read that was in flight when the page closed (its first one, say)
        // still releases it afterwards, and a disposed semaphore would throw there. It holds no handle.
    }
}
