using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Prompts;

/// <summary>One version of a template, read-only, with the list of all versions.</summary>
public partial class PromptVersionView
{
    private PromptTemplateDetail? _detail;
    private PromptVersionText? _version;
    private bool _loaded;

    [Parameter]
    public int Id { get; set; }

    [Parameter]
    public int Number { get; set; }

    [Inject]
    private PromptTemplateStore Store { get; set; } = default!;

    private bool IsLatest => _version is not null && _version.Number == _detail?.Latest?.Number;

    private string EditLink => IsLatest ? $"/prompts/{Id}" : $"/prompts/{Id}?from={Number}";

    protected override async Task OnParametersSetAsync()
    {
        _detail = await Store.GetAsync(Id);
        _version = _detail?.Version(Number);
        _loaded = true;
    }
}
