using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>
/// The run's prompts, filtered, sorted and paged in the database. The table's state lives in the page's query
/// string, so reload, back and shared links keep it; a click opens the prompt with the same state, for its
/// previous and next links.
/// </summary>
public sealed partial class RunPromptTable : IDisposable
{
    private MudTable<RunPromptRow>? _table;
    private RunPromptPageState _state = RunPromptPageState.Default;
    private RunPromptPageChoices _choices = RunPromptPageChoices.None;
    private MethodPair? _shownPair;

    // A new value rebuilds the table from _state: its page and sort labels only take their first values.
    private int _tableVersion;

    [Parameter, EditorRequired]
    public int RunId { get; set; }

    /// <summary>The run page's snapshot: the stage filters show its counts, so they agree with the progress panel.</summary>
    [Parameter]
    public RunProgress? Progress { get; set; }

    [Inject]
    private RunPromptPageQuery Prompts { get; set; } = default!;

    [Inject]
    private RunPromptPageChoicesQuery Choices { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private RunPromptFilter Filter => _state.Filter;

    private MethodPair? Pair => Filter.Pair ?? _shownPair ?? _choices.Pairs.FirstOrDefault();

    private string ScoreHeader => _choices.ScoreSource switch
    {
        RunPromptScoreSource.FusedAnswer => "Score (fused answer)",
        RunPromptScoreSource.RoutedAnswer => "Score (routed answer)",
        _ => "Score (Best-of-N choice)",
    };

    /// <summary>Re-reads the page on screen, for the run page's refresh.</summary>
    public Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    protected override async Task OnInitializedAsync()
    {
        _state = RunPromptPageState.Parse(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
        _choices = await Choices.LoadAsync(RunId);
    }

    private async Task<TableData<RunPromptRow>> LoadAsync(TableState table, CancellationToken cancellationToken)
    {
        var sort = Enum.TryParse<RunPromptSortColumn>(table.SortLabel, out var column) && table.SortDirection != SortDirection.None
            ? new RunPromptSort(column, table.SortDirection == SortDirection.Descending)
            : RunPromptSort.Default;
        _state = _state with { Sort = sort, Page = table.Page, PageSize = table.PageSize };
        var page = await Prompts.LoadAsync(RunId, Filter, sort, table.Page * table.PageSize, table.PageSize, cancellationToken);
        _shownPair = page.Pair;
        KeepInAddress();
        return new TableData<RunPromptRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private void KeepInAddress()
    {
        var wanted = Navigation.Uri.Split('?', '#')[0] + _state.ToQueryString();
        // Server data loads only once the circuit is live, so this never redirects a prerendered page.
        if (!string.Equals(wanted, Navigation.Uri, StringComparison.Ordinal))
        {
            Navigation.NavigateTo(wanted, replace: true);
        }
    }

    // Back, forward or a link to another state of this table: show what the address says.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        var state = RunPromptPageState.Parse(e.Location);
        if (state != _state && Navigation.ToBaseRelativePath(e.Location).Split('?')[0] == $"runs/{RunId}")
        {
            _state = state;
            _tableVersion++;
            _ = InvokeAsync(StateHasChanged);
        }
    }

    private Task ApplyAsync(RunPromptFilter filter)
    {
        _state = _state with { Filter = filter, Page = 0 };
        _tableVersion++;
        KeepInAddress();
        return Task.CompletedTask;
    }

    private Task StageChangedAsync(RunPromptStageFilter stage) => ApplyAsync(Filter with { Stage = stage });

    private Task SearchChangedAsync(string? search) => ApplyAsync(Filter with { Search = string.IsNullOrWhiteSpace(search) ? null : search });

    private Task LanguageChangedAsync(string? language) => ApplyAsync(Filter with { Language = language });

    private Task TaskChangedAsync(string? task) => ApplyAsync(Filter with { Task = task });

    private Task PairChangedAsync(MethodPair pair) => ApplyAsync(Filter with { Pair = pair });

    private Task VerdictChangedAsync(RunPromptVerdict? verdict) => ApplyAsync(Filter with { Verdict = verdict });

    private Task MinScoreChangedAsync(double? score) => ApplyAsync(Filter with { MinScore = score });

    private Task MaxScoreChangedAsync(double? score) => ApplyAsync(Filter with { MaxScore = score });

    private Task ClearAsync() => ApplyAsync(RunPromptFilter.All);

    private SortDirection InitialDirection(RunPromptSortColumn column) =>
        _state.Sort.Column != column ? SortDirection.None
        : _state.Sort.Descending ? SortDirection.Descending
        : column == RunPromptSortColumn.Ordinal ? SortDirection.None
        : SortDirection.Ascending;

    private string PromptHref(RunPromptRow row)
    {
        var at = _state.Page * _state.PageSize + (_table?.FilteredItems.TakeWhile(r => r != row).Count() ?? 0);
        var query = _state.ToQueryString();
        return $"/runs/{RunId}/prompts/{row.PromptId}{query}{(query.Length == 0 ? "?" : "&")}at={at}";
    }

    private Task OpenAsync(TableRowClickEventArgs<RunPromptRow> click)
    {
        if (click.Item is { } row)
        {
            Navigation.NavigateTo(PromptHref(row));
        }

        return Task.CompletedTask;
    }

    private static string ChipText(string label, int? count) => count is { } n ? $"{label} · {RunText.Count(n)}" : label;

    private static string PairLabel(MethodPair? pair) => pair is null ? "" : $"{pair.A.ToLabel()} vs {pair.B.ToLabel()}";

    private static string VerdictLabel(RunPromptVerdict? verdict) => verdict switch
    {
        RunPromptVerdict.Win => "Win",
        RunPromptVerdict.Tie => "Tie",
        RunPromptVerdict.Loss => "Loss",
        RunPromptVerdict.None => "No verdict",
        _ => "",
    };

    private static Color VerdictColor(RunPromptVerdict verdict) => verdict switch
    {
        RunPromptVerdict.Win => Color.Success,
        RunPromptVerdict.Loss => Color.Warning,
        _ => Color.Default,
    };

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
