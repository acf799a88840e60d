using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Prompts;

public partial class PromptList
{
    private List<PromptTemplateListItem>? _templates;

    [Inject]
    private PromptTemplateStore Store { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _templates = await Store.ListAsync();
}
