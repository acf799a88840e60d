using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>Creates a dataset from pasted lines or an uploaded file, all prompts or none.</summary>
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
    private string? _fileName;
    private byte[]? _fileBytes;
    private DatasetImportResult? _result;
    private bool _reading;
    private bool _saving;

    [Inject]
    private DatasetTextImporter Importer { get; set; } = default!;

    [Inject]
    private DatasetStore Store { get; set; } = default!;

    [Inject]
    private EditorGuard Guard { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private DatasetImportDefaults Defaults => new(_language?.Trim() ?? "", _task?.Trim() ?? "");

    private string PasteHelp
    {
        get
        {
            var lines = _pasted?.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line)) ?? 0;
            return $"{lines:N0} {(lines == 1 ? "prompt" : "prompts")}. Each gets the default language and task. For more than a few hundred, upload a file.";
        }
    }

    private static string? CheckTask(string? task) =>
        string.IsNullOrWhiteSpace(task) ? "Enter a task, e.g. general." : null;

    private static string SizeOf(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024):0.0} MB";

    private async Task SelectFileAsync(IBrowserFile? file)
    {
        _result = null;
        _fileBytes = null;
        _fileName = file?.Name;
        if (file is null)
        {
            return;
        }

        if (DatasetTextImporter.FormatOf(file.Name) is null)
        {
            _result = DatasetImportResult.Failure($"\"{file.Name}\" is neither .jsonl nor .csv. Upload a JSONL or CSV file.");
            return;
        }

        if (file.Size > DatasetImportLimits.MaxFileBytes)
        {
            _result = DatasetImportResult.Failure(DatasetImportLimits.FileTooLargeMessage);
            return;
        }

        _reading = true;
        try
        {
            // Read once into memory (at most 10 MB), so a change of the defaults can be applied without asking for the file again.
            using var buffer = new MemoryStream();
            await using var stream = file.OpenReadStream(DatasetImportLimits.MaxFileBytes);
            await stream.CopyToAsync(buffer);
            _fileBytes = buffer.ToArray();
            _result = await ParseFileAsync();
        }
        catch (IOException error)
        {
            _result = DatasetImportResult.Failure($"The file could not be read: {error.Message}");
        }
        finally
        {
            _reading = false;
        }
    }

    private async Task<DatasetImportResult> ParseFileAsync()
    {
        using var stream = new MemoryStream(_fileBytes!, writable: false);
        return await Importer.ParseAsync(stream, DatasetTextImporter.FormatOf(_fileName!)!.Value, Defaults);
    }

    private async Task CreateAsync()
    {
        _serverErrors.Clear();
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        if (_tab == PasteTab)
        {
            _result = string.IsNullOrWhiteSpace(_pasted)
                ? DatasetImportResult.Failure("Paste at least one prompt, one per line.")
                : Importer.ParsePasted(_pasted, Defaults);
        }
        else
        {
            _result = _fileBytes is null ? DatasetImportResult.Failure("Choose a JSONL or CSV file first.") : await ParseFileAsync();
        }

        if (!_result.Succeeded)
        {
            return;
        }

        var editor = await Guard.TryGetEditorAsync();
        if (editor is null)
        {
            _serverErrors.SetFormError(EditorGuard.RefusedMessage);
            return;
        }

        _saving = true;
        try
        {
            var saved = await Store.CreateAsync(_input, _result.Prompts, editor);
            if (saved.Id is not { } id)
            {
                _serverErrors.Show(saved, field => field == nameof(DatasetInput.Name) ? (true, _input.Name) : (false, null));
                await _form.ValidateAsync();
                return;
            }

            Snackbar.Add($"Stored {_input.Name} with {_result.Prompts.Count:N0} prompts.", Severity.Success);
            Navigation.NavigateTo($"/datasets/{id}");
        }
        finally
        {
            _saving = false;
        }
    }
}
