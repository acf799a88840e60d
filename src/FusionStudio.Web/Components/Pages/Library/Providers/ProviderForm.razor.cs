using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Providers;

/// <summary>
/// Creates or edits a provider. The key field starts empty and only ever holds what the person types; the stored
/// key is shown as a mask.
/// </summary>
public partial class ProviderForm
{
    // Browsers must not offer to fill in a saved password here.
    private readonly Dictionary<string, object> _keyFieldAttributes = new() { ["autocomplete"] = "new-password", ["data-testid"] = "api-key" };
    private readonly ServerFieldErrors _serverErrors = new();
    private MudForm? _form;
    private bool _saving;

    [Parameter, EditorRequired]
    public ProviderInput Input { get; set; } = default!;

    /// <summary>The provider being edited; null for a new one.</summary>
    [Parameter]
    public int? ProviderId { get; set; }

    [Inject]
    private ProviderStore Store { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private async Task SaveAsync()
    {
        _serverErrors.Clear();
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        var editor = await Editors.TryGetEditorAsync(AuthenticationState);
        if (editor is null)
        {
            _serverErrors.SetFormError(EditorCheck.Denied);
            return;
        }

        _saving = true;
        try
        {
            var result = await Store.SaveAsync(ProviderId, Input, editor);
            if (!result.Succeeded)
            {
                _serverErrors.Show(result, field => field switch
                {
                    nameof(ProviderInput.Name) => (true, Input.Name),
                    nameof(ProviderInput.BaseUrl) => (true, Input.BaseUrl),
                    _ => (false, null),
                });
                await _form.ValidateAsync();
                return;
            }

            // The typed key has done its job; it is not kept in the circuit any longer than needed.
            Input.ApiKey = null;
            Snackbar.Add($"Saved {Input.Name}.", Severity.Success);
            Navigation.NavigateTo("/providers");
        }
        finally
        {
            _saving = false;
        }
    }
}
