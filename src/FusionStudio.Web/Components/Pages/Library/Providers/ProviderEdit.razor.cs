using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Providers;

public partial class ProviderEdit
{
    private ProviderInput? _input;
    private bool _notFound;

    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private ProviderStore Store { get; set; } = default!;

    private string Title => Id is null ? "Add provider" : "Edit provider";

    protected override async Task OnParametersSetAsync()
    {
        if (Id is { } id)
        {
            _input = await Store.GetForEditAsync(id);
            _notFound = _input is null;
        }
        else
        {
            _input = new ProviderInput();
        }
    }
}
