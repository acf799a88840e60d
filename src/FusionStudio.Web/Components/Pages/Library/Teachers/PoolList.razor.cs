using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Teachers;

public partial class PoolList
{
    private static readonly DialogOptions _dialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private List<PoolListItem>? _pools;
    private List<TeacherListItem>? _teachers;

    [Inject]
    private PoolStore Pools { get; set; } = default!;

    [Inject]
    private TeacherStore Teachers { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _teachers = await Teachers.ListAsync();
        _pools = await Pools.ListAsync();
    }

    private async Task EditTeacherAsync(int? id)
    {
        var parameters = new DialogParameters<TeacherDialog> { { d => d.TeacherId, id } };
        var dialog = await Dialogs.ShowAsync<TeacherDialog>(id is null ? "New teacher" : "Edit teacher", parameters, _dialogOptions);
        if (await dialog.Result is { Canceled: false })
        {
            await LoadAsync();
        }
    }

    private async Task EditPoolAsync(int? id)
    {
        var parameters = new DialogParameters<PoolDialog> { { d => d.PoolId, id } };
        var dialog = await Dialogs.ShowAsync<PoolDialog>(id is null ? "New pool" : "Edit pool", parameters, _dialogOptions);
        if (await dialog.Result is { Canceled: false })
        {
            await LoadAsync();
        }
    }
}
