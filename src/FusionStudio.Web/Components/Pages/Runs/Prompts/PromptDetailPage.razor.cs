using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Prompts;

/// <summary>Everything a run stored for one prompt. It refreshes while the prompt is still being worked on.</summary>
public sealed partial class PromptDetailPage : IAsyncDisposable
{
    private RunPromptDetail? _detail;
    private RunPromptPageState? _table;
    private int? _at;
    private PagePoller? _poller;
    private bool _missing;
    private int _tab;

    [Parameter]
    public int RunId { get; set; }

    [Parameter]
    public long PromptId { get; set; }

    [Inject]
    private RunPromptDetailQuery Query { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<PromptDetailPage> Logger { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Runs", "/runs"),
        new(_detail?.RunName ?? $"Run {RunId}", $"/runs/{RunId}{_table?.ToQueryString()}"),
        new($"Prompt {(_detail?.Prompt.Ordinal ?? 0) + 1}", null, disabled: true),
    ];

    private bool InProgress => _detail is { Stage: not (PromptStage.Done or PromptStage.Failed) } && _detail.RunStatus.IsActive();

    protected override async Task OnParametersSetAsync()
    {
        ReadTableState();
        _detail = await Query.LoadAsync(RunId, PromptId, _table, _at);
        _missing = _detail is null;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _poller = new PagePoller(Logger);
            _poller.Start(TimeSpan.FromSeconds(2), token => InvokeAsync(() => TickAsync(token)));
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (!InProgress)
        {
            return;
        }

        _detail = await Query.LoadAsync(RunId, PromptId, _table, _at, cancellationToken);
        StateHasChanged();
    }

    // Opened from the prompt table, the page keeps its filter and order: "at" is the prompt's place in it.
    private void ReadTableState()
    {
        var query = new Uri(Navigation.Uri).Query;
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        _at = values.TryGetValue("at", out var at) && int.TryParse(at.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 ? index : null;
        _table = _at is null ? null : RunPromptPageState.Parse(query);
        if (_table is not null && _at is { } place)
        {
            // Back on the run page, the table opens at the page that holds this prompt.
            _table = _table with { Page = place / _table.PageSize };
        }
    }

    private string? PromptHref(long? promptId, int? at)
    {
        if (promptId is not { } id)
        {
            return null;
        }

        if (_table is null || at is null)
        {
            return $"/runs/{RunId}/prompts/{id}";
        }

        var query = _table.ToQueryString();
        return $"/runs/{RunId}/prompts/{id}{query}{(query.Length == 0 ? "?" : "&")}at={at}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_poller is not null)
        {
            await _poller.DisposeAsync();
        }
    }
}
