using FusionStudio.Web.Components.Shared;
using FusionStudio.Engine.Prompts;
using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Prompts;

/// <summary>Creates a template, or saves an edit of one as its next version.</summary>
public partial class PromptEdit
{
    private readonly ServerFieldErrors _serverErrors = new();
    private PromptTextEditor? _editor;
    private PromptTemplateInput? _input;
    private PromptTemplateDetail? _detail;
    private int? _startedFrom;
    private bool _notFound;
    private bool _saving;

    [Parameter]
    public int? Id { get; set; }

    /// <summary>The version whose texts the edit starts from; the latest when absent.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [Inject]
    private PromptTemplateStore Store { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string Title => Id is null ? "New template" : _detail is null ? "Edit template" : $"Edit {_detail.Name}";

    private string Subtitle => Id is null
        ? "Starts from the built-in default of the kind you choose. Placeholders in {{double braces}} are filled in for each call."
        : "Saving new texts adds a version. Earlier versions never change, so runs that used them stay reproducible.";

    protected override async Task OnParametersSetAsync()
    {
        if (Id is not { } id)
        {
            var fusor = DefaultPromptTemplates.Fusor;
            _input = new PromptTemplateInput { Kind = fusor.Kind, SystemText = fusor.SystemText, UserText = fusor.UserText };
            return;
        }

        _detail = await Store.GetAsync(id);
        var from = new QueryNumber(From);
        var version = from.IsInvalid ? null : from.Value is { } number ? _detail?.Version(number) : _detail?.Latest;
        _notFound = _detail is null || version is null;
        if (_detail is null || version is null)
        {
            return;
        }

        _startedFrom = version.Number;
        _input = new PromptTemplateInput
        {
            Name = _detail.Name,
            Kind = _detail.Kind,
            Description = _detail.Description,
            SystemText = version.SystemText,
            UserText = version.UserText,
        };
    }

    private async Task SaveAsync()
    {
        var editor = await Editors.TryGetEditorAsync(AuthenticationState);
        if (editor is null)
        {
            _serverErrors.SetFormError(EditorCheck.Denied);
            return;
        }

        _saving = true;
        try
        {
            var result = Id is { } id ? await Store.SaveVersionAsync(id, _input!, editor) : await Store.CreateAsync(_input!, editor);
            if (result.Id is not { } savedId)
            {
                _serverErrors.Show(result, field => field == nameof(PromptTemplateInput.Name) ? (true, _input!.Name) : (false, null));
                await _editor!.ShowServerErrorsAsync();
                return;
            }

            Snackbar.Add(Id is null ? $"Created {_input!.Name}." : $"Saved {_input!.Name}.", Severity.Success);
            Navigation.NavigateTo($"/prompts/{savedId}/versions/{(await Store.GetAsync(savedId))?.Latest?.Number ?? 1}");
        }
        finally
        {
            _saving = false;
        }
    }
}
