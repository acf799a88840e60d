using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs;

/// <summary>The newest runs; refreshes every few seconds while any of them is active, and now and then otherwise.</summary>
public sealed partial class RunList : IAsyncDisposable
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(3);

    // With nothing active, a run started elsewhere still shows up within this many ticks.
    private const int IdleTicks = 10;

    private IReadOnlyList<RunListRow>? _runs;
    private PagePoller? _poller;
    private DateTimeOffset _now;
    private int _idle;
    private string? _search;
    private RunStatus? _status;
    private int? _editingNote;
    private string? _noteDraft;

    [Inject]
    private RunListQuery Query { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private RunNoteCommand NoteCommand { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ILogger<RunList> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await LoadAsync(CancellationToken.None);

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
        var active = _runs?.Any(r => r.Status.IsActive()) == true;
        if (!active && ++_idle < IdleTicks)
        {
            return;
        }

        _idle = 0;
        await LoadAsync(cancellationToken);
        StateHasChanged();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _runs = await Query.LoadAsync(cancellationToken);
        _now = Clock.GetUtcNow();
    }

    private void EditNote(RunListRow run)
    {
        _editingNote = run.Id;
        _noteDraft = run.Note;
    }

    private async Task SaveNoteAsync(int runId)
    {
        if (AuthenticationState is null)
        {
            return;
        }

        var result = await NoteCommand.SaveAsync(runId, _noteDraft, (await AuthenticationState).User);
        if (!result.Done)
        {
            Snackbar.Add(result.Message, Severity.Warning);
            return;
        }

        _editingNote = null;
        await LoadAsync(CancellationToken.None);
    }

    private IEnumerable<RunListRow> Shown => (_runs ?? []).Where(r => r.Matches(_search) && (_status is not { } status || r.Status == status));

    private string ShownText => Shown.Count() is var shown && shown == _runs?.Count ? $"{shown} runs" : $"{shown} of {_runs?.Count} runs";

    private static string SourceText(RunListRow run) => $"{run.DatasetName ?? "(dataset deleted)"} × {run.PoolName ?? "(no pool)"}";

    /// <summary>Time left while running, time taken once finished.</summary>
    private string TimeText(RunListRow run) => run.Status switch
    {
        RunStatus.Running => run.Eta(_now) is { } left ? $"about {RunEta.Format(left)} left" : "estimating…",
        RunStatus.Queued => "waiting",
        _ when run.Status.IsFinished() && run.StartedAt is { } started && run.FinishedAt is { } finished => $"took {RunEta.Format(finished - started)}",
        _ => "",
    };

    public async ValueTask DisposeAsync()
    {
        if (_poller is not null)
        {
            await _poller.DisposeAsync();
        }
    }
}
