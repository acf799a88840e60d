using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

public partial class DatasetList
{
    private List<DatasetListItem>? _datasets;

    [Inject]
    private DatasetStore Store { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _datasets = await Store.ListAsync();
}
