using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>The run's prompts, paged in the database; a click opens everything stored for the prompt.</summary>
public partial class RunPromptTable
{
    private MudTable<RunPromptRow>? _table;
    private RunPromptFilter _filter = RunPromptFilter.All;

    [Parameter, EditorRequired]
    public int RunId { get; set; }

    [Inject]
    private RunPromptPageQuery Prompts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Re-reads the page on screen, for the run page's refresh.</summary>
    public Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<TableData<RunPromptRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Prompts.LoadAsync(RunId, _filter, state.Page * state.PageSize, state.PageSize, cancellationToken);
        return new TableData<RunPromptRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private async Task FilterChangedAsync(RunPromptFilter filter)
    {
        _filter = filter;
        if (_table is not null)
        {
            _table.NavigateTo(0);
            await _table.ReloadServerData();
        }
    }

    private Task OpenAsync(TableRowClickEventArgs<RunPromptRow> click)
    {
        if (click.Item is { } row)
        {
            Navigation.NavigateTo($"/runs/{RunId}/prompts/{row.PromptId}");
        }

        return Task.CompletedTask;
    }
}
