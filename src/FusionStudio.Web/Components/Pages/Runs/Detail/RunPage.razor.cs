using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>
/// One run, live: progress by step, spending, errors and the prompts. The page polls the database, since the
/// workers that advance the run may be other processes.
/// </summary>
public sealed partial class RunPage : IAsyncDisposable
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(2);

    // Sums over every row of the run: re-read when work happened, at most this often.
    private static readonly TimeSpan _usageInterval = TimeSpan.FromSeconds(10);

    private RunProgress? _progress;
    private RunSetup? _setup;
    private RunUsage _usage = RunUsage.None;
    private RunErrorGroups _errors = RunErrorGroups.None;
    private RunPromptTable? _prompts;
    private PagePoller? _poller;
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
            await RefreshAsync(force: true, CancellationToken.None);
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _poller = new PagePoller(Logger);
            _poller.Start(_pollInterval, token => InvokeAsync(() => TickAsync(token)));
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (_missing)
        {
            return;
        }

        var before = _progress;
        await RefreshAsync(force: false, cancellationToken);
        if (_prompts is not null && (before is null || !SameProgress(before, _progress)))
        {
            await _prompts.ReloadAsync();
        }

        StateHasChanged();
    }

    private async Task RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        var before = _progress;
        _progress = await ProgressQuery.LoadAsync(RunId, cancellationToken);
        _now = Clock.GetUtcNow();
        if (_progress is null)
        {
            return;
        }

        var changed = before is null || !SameProgress(before, _progress);
        if (force || (changed && _now - _usageReadAt >= _usageInterval) || (before?.Status != _progress.Status))
        {
            _usage = RunUsage.From(await CallLog.SummaryAsync(RunId, cancellationToken));
            _errors = await ErrorQuery.LoadAsync(RunId, cancellationToken: cancellationToken);
            _usageReadAt = _now;
        }
    }

    private static bool SameProgress(RunProgress a, RunProgress? b) =>
        b is not null && a.Status == b.Status && a.PromptCount == b.PromptCount
        && a.Stages.Count == b.Stages.Count && a.Stages.All(s => b.Stages.GetValueOrDefault(s.Key) == s.Value);

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
            await RefreshAsync(force: true, CancellationToken.None);
            if (_prompts is not null)
            {
                await _prompts.ReloadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_poller is not null)
        {
            await _poller.DisposeAsync();
        }
    }
}
