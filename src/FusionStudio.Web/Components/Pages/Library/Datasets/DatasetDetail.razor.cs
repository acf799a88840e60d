using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>A dataset's counts and prompts; editors can delete it when no run uses it.</summary>
public partial class DatasetDetail
{
    private DatasetSummary? _summary;
    private bool _loaded;
    private bool _deleting;
    private string? _deleteError;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private DatasetStore Store { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string RunsText => _summary!.Runs.Count switch
    {
        0 => "no run yet",
        var count => (count == 1 ? "1 run: " : $"{count} runs: ") + string.Join(", ", _summary.Runs.Take(3)) + (count > 3 ? ", …" : ""),
    };

    protected override async Task OnParametersSetAsync()
    {
        _summary = await Store.GetSummaryAsync(Id);
        _loaded = true;
    }

    private async Task DeleteAsync()
    {
        _deleteError = null;

        // A dataset that runs use is refused at once by the store; only a real deletion asks for confirmation.
        if (_summary!.Runs.Count == 0)
        {
            var confirmed = await Dialogs.ShowMessageBoxAsync(
                "Delete dataset?",
                $"\"{_summary.Name}\" and its {_summary.PromptCount:N0} prompts will be deleted. This cannot be undone.",
                yesText: "Delete", cancelText: "Keep it");
            if (confirmed != true)
            {
                return;
            }
        }

        var editor = await Editors.TryGetEditorAsync(AuthenticationState);
        if (editor is null)
        {
            _deleteError = EditorCheck.Denied;
            return;
        }

        _deleting = true;
        try
        {
            var result = await Store.DeleteAsync(Id, editor);
            if (!result.Succeeded)
            {
                _deleteError = string.Join(" ", result.FieldErrors.Values);
                return;
            }

            Snackbar.Add($"Deleted {_summary.Name}.", Severity.Success);
            Navigation.NavigateTo("/datasets");
        }
        finally
        {
            _deleting = false;
        }
    }
}
