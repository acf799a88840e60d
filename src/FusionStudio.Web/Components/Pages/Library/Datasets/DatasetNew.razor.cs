using FusionStudio.Engine.Imports;
using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>
/// Creates a dataset from an uploaded file (previewed with its detected format, shape and mapping, which the person
/// can change) or from pasted lines; all prompts or none.
/// </summary>
public partial class DatasetNew
{
    private const int PasteTab = 0;

    private readonly Dictionary<string, object> _pasteFieldAttributes = new() { ["dir"] = "auto", ["data-testid"] = "pasted-prompts" };
    private readonly DatasetInput _input = new();
    private readonly ServerFieldErrors _serverErrors = new();
    private MudForm? _form;
    private string? _language = "en";
    private string? _task = "general";
    private int _tab = PasteTab;
    private string? _pasted;
    private UploadedFile? _upload;
    private ImportPreview? _preview;
    private bool _fixLanguage;
    private DatasetImportOutcome? _outcome;
    private bool _reading;
    private bool _saving;

    [Inject]
    private DatasetImporter Importer { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private ImportLimits Limits => Importer.Limits;

    private string PasteHelp
    {
        get
        {
            var lines = FusionStudio.Engine.Imports.PastedPrompts.Count(_pasted);
            return $"{lines:N0} {(lines == 1 ? "prompt" : "prompts")}. Each gets the default language and task. For more than a few hundred, upload a file.";
        }
    }

    public ValueTask DisposeAsync()
    {
        _upload?.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static string? CheckTask(string? task) =>
        string.IsNullOrWhiteSpace(task) ? "Enter a task, e.g. general." : null;

    private ImportSettings Settings(ImportFormat? format, ImportMapping? mapping) => new()
    {
        Format = format,
        Mapping = mapping,
        DefaultLanguage = _language?.Trim() ?? "",
        DefaultTask = _task?.Trim() ?? "",
    };

    private async Task SelectFileAsync(IBrowserFile? file)
    {
        _outcome = null;
        _preview = null;
        _upload?.Dispose();
        _upload = null;
        if (file is null)
        {
            return;
        }

        if (file.Size > Limits.MaxFileBytes)
        {
            _preview = ImportPreview.Failure(new ImportIssue(0, null, Limits.FileTooLargeMessage));
            return;
        }

        _reading = true;
        try
        {
            // Streamed to disk rather than memory: the preview and the import each read it again.
            await using var stream = file.OpenReadStream(Limits.MaxFileBytes);
            _upload = await UploadedFile.SaveAsync(file.Name, stream, CancellationToken.None);
            if (string.IsNullOrWhiteSpace(_input.Name))
            {
                _input.Name = Path.GetFileNameWithoutExtension(file.Name);
            }

            await PreviewAsync(null, null);
        }
        catch (IOException error)
        {
            _preview = ImportPreview.Failure(new ImportIssue(0, null, $"The file could not be read: {error.Message}"));
        }
        finally
        {
            _reading = false;
        }
    }

    private async Task PreviewAsync(ImportFormat? format, ImportMapping? mapping)
    {
        await using var stream = _upload!.OpenRead();
        _preview = await Importer.PreviewAsync(stream, _upload.Name, Settings(format, mapping));
    }

    private async Task MappingChangedAsync((ImportFormat? Format, ImportMapping? Mapping) choice)
    {
        _outcome = null;
        if (_upload is not null)
        {
            // A new format means new fields: the mapping is proposed again for them.
            var formatChanged = choice.Format != _preview?.Format;
            await PreviewAsync(choice.Format, formatChanged ? null : choice.Mapping);
        }
    }

    private async Task LanguageChangedAsync(string? language)
    {
        _language = language;
        if (_upload is not null && _preview?.Mapping is not null && LanguageCodes.IsValid(language?.Trim()))
        {
            await PreviewAsync(_preview.Format, _preview.Mapping);
        }
    }

    private async Task TaskChangedAsync(string? task)
    {
        _task = task;
        if (_upload is not null && _preview?.Mapping is not null && !string.IsNullOrWhiteSpace(task))
        {
            await PreviewAsync(_preview.Format, _preview.Mapping);
        }
    }

    private async Task CreateAsync()
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

        var request = new DatasetImportRequest(_input.Name, _upload?.Name ?? "pasted.txt")
        {
            Description = _input.Description,
            Format = _preview?.Format,
            Mapping = _preview?.Mapping,
            DefaultLanguage = _language?.Trim() ?? "",
            DefaultTask = _task?.Trim() ?? "",
            FixLanguageFromScript = _fixLanguage,
        };
        _saving = true;
        try
        {
            _outcome = await ImportAsync(request, editor.Name ?? "");
        }
        finally
        {
            _saving = false;
        }

        if (_outcome?.DatasetId is { } id)
        {
            var flagged = _outcome.WarningCount > 0 ? $" {_outcome.WarningCount:N0} flagged for their language." : "";
            Snackbar.Add($"Stored {_input.Name} with {_outcome.PromptCount:N0} prompts.{flagged}", Severity.Success);
            Navigation.NavigateTo($"/datasets/{id}");
        }
        else if (_outcome is not null && _outcome.ErrorFor(nameof(DatasetInput.Name)) is { } nameError)
        {
            _serverErrors.Show(LibrarySaveResult.Failed(nameof(DatasetInput.Name), nameError), field => (true, _input.Name));
            _outcome = null;
            await _form.ValidateAsync();
        }
    }

    private async Task<DatasetImportOutcome?> ImportAsync(DatasetImportRequest request, string userName)
    {
        if (_tab == PasteTab)
        {
            return string.IsNullOrWhiteSpace(_pasted)
                ? Failure("Paste at least one prompt, one per line.")
                : await Importer.ImportPastedAsync(_pasted, request, userName);
        }

        if (_upload is null)
        {
            return Failure("Choose a file first.");
        }

        await using var stream = _upload.OpenRead();
        return await Importer.ImportAsync(stream, request, userName);
    }

    private static DatasetImportOutcome Failure(string reason) => new(null, 0, [new ImportIssue(0, null, reason)], 1, [], 0);
}
