using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Teachers;

/// <summary>Creates or edits a teacher: a provider's model with its sampling settings.</summary>
public partial class TeacherForm
{
    private readonly ServerFieldErrors _serverErrors = new();
    private MudForm? _form;
    private TeacherInput? _input;
    private List<ProviderOption> _providers = [];
    private bool _saving;

    /// <summary>The teacher being edited; null for a new one.</summary>
    [Parameter]
    public int? TeacherId { get; set; }

    [Parameter]
    public EventCallback<int> OnSaved { get; set; }

    [Parameter]
    public EventCallback OnCancelled { get; set; }

    [Inject]
    private TeacherStore Store { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private ProviderOption? SelectedProvider => _providers.FirstOrDefault(p => p.Id == _input?.ProviderId);

    private string ModelHelp => SelectedProvider switch
    {
        null => "The model id, as the provider names it.",
        { Simulated: true } => "Any name works; one with concise, step, detail or cautious picks that style.",
        _ when Store.ModelSuggestions(SelectedProvider).Count > 0 => "Suggestions come from the provider's last connection test.",
        _ => "The model id, as the provider names it. Test the provider's connection to get suggestions.",
    };

    protected override async Task OnInitializedAsync()
    {
        _providers = await Store.ProviderOptionsAsync();
        _input = TeacherId is { } id ? await Store.GetForEditAsync(id) : new TeacherInput { ProviderId = _providers.FirstOrDefault()?.Id };
        if (_input is null)
        {
            _input = new TeacherInput();
            _serverErrors.SetFormError("This teacher no longer exists.");
        }
    }

    private Task<IEnumerable<string>> SearchModelsAsync(string? text, CancellationToken cancellationToken)
    {
        var suggestions = Store.ModelSuggestions(SelectedProvider);
        var matches = string.IsNullOrWhiteSpace(text) || suggestions.Contains(text, StringComparer.Ordinal)
            ? suggestions
            : suggestions.Where(model => model.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return Task.FromResult<IEnumerable<string>>(matches);
    }

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
            var result = await Store.SaveAsync(TeacherId, _input!, editor);
            if (result.Id is not { } id)
            {
                _serverErrors.Show(result, field => field == nameof(TeacherInput.Name) ? (true, _input!.Name) : (false, null));
                await _form.ValidateAsync();
                return;
            }

            Snackbar.Add($"Saved {_input!.Name}.", Severity.Success);
            await OnSaved.InvokeAsync(id);
        }
        finally
        {
            _saving = false;
        }
    }
}
