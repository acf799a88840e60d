using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>A dataset's prompts, paged in the database: 100,000 prompts never travel to the browser at once.</summary>
public partial class DatasetPromptTable
{
    private readonly int[] _pageSizes = [25, 50, 100];
    private MudTable<DatasetPromptItem>? _table;
    private bool _onlyFlagged;

    [Parameter, EditorRequired]
    public int DatasetId { get; set; }

    /// <summary>How many prompts are flagged for their language; the filter shows only when there are some.</summary>
    [Parameter]
    public int FlaggedCount { get; set; }

    [Inject]
    private DatasetStore Store { get; set; } = default!;

    private async Task<TableData<DatasetPromptItem>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var (items, total) = await Store.PageAsync(DatasetId, state.Page, state.PageSize, cancellationToken, _onlyFlagged);
        return new TableData<DatasetPromptItem> { Items = items, TotalItems = total };
    }

    private async Task ShowFlaggedAsync(bool onlyFlagged)
    {
        _onlyFlagged = onlyFlagged;
        await _table!.ReloadServerData();
    }
}
