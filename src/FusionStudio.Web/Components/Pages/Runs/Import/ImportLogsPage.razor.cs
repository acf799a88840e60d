using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Engine.Imports.Reading;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Import;

public partial class ImportLogsPage
{
    private RunFormOptions? _options;
    private readonly RunPlan _plan = new();
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private LogImportPreview? _preview;
    private readonly Dictionary<string, decimal?> _prices = new(StringComparer.Ordinal);
    private long _fileBytes;
    private bool _reading;
    private bool _importing;
    private bool _checkAsYouGo;

    [Inject]
    private RunFormOptionsQuery OptionsQuery { get; set; } = default!;

    [Inject]
    private LogImporter Importer { get; set; } = default!;

    [Inject]
    private RunCommands Commands { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string DefaultName => LogImportWriter.DefaultName(_preview?.FileName ?? "<file>", Clock.GetUtcNow());

    protected override async Task OnInitializedAsync()
    {
        _options = await OptionsQuery.LoadAsync();
        RunPlanDefaults.Apply(_plan, _options);
    }

    private void PlanChanged()
    {
        if (_checkAsYouGo)
        {
            _errors = PlanErrors(RunPlanValidator.Validate(_plan));
        }
    }

    /// <summary>The log gives the dataset and the teachers, so the form's rules for those do not apply.</summary>
    private static Dictionary<string, string> PlanErrors(IReadOnlyDictionary<string, string> errors) =>
        errors.Where(e => e.Key is not (nameof(RunPlan.DatasetId) or nameof(RunPlan.PoolId))).ToDictionary();

    private async Task SelectFileAsync(IBrowserFile? file)
    {
        _preview = null;
        _fileBytes = 0;
        if (file is null)
        {
            return;
        }

        _fileBytes = file.Size;
        if (file.Size > Importer.Limits.MaxFileBytes)
        {
            _preview = LogImportPreview.Failed(file.Name, null, TextInputException.TooLargeMessage(Importer.Limits.MaxFileBytes));
            return;
        }

        _reading = true;
        try
        {
            // Read as a stream, checked record by record; what it holds is kept for the import, so the file is read once.
            await using var stream = file.OpenReadStream(Importer.Limits.MaxFileBytes);
            _preview = await Importer.PreviewAsync(stream, file.Name);
        }
        catch (IOException error)
        {
            _preview = LogImportPreview.Failed(file.Name, null, $"The file could not be read: {error.Message}");
        }
        finally
        {
            _reading = false;
        }
    }

    private async Task ImportAsync()
    {
        if (AuthenticationState is null || _preview is null)
        {
            return;
        }

        _importing = true;
        try
        {
            var user = (await AuthenticationState).User;
            var prices = new LogModelPrices(_prices.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value, StringComparer.Ordinal));
            var imported = await Importer.ImportAsync(_preview, _plan, user, prices);
            if (imported.RunId is not { } runId)
            {
                _errors = imported.PlanErrors;
                _checkAsYouGo = true;
                if (imported.FileErrors.Count > 0)
                {
                    Snackbar.Add("The file has problems: nothing was imported.", Severity.Error);
                }

                return;
            }

            var started = await Commands.ExecuteAsync(runId, RunCommand.Start, user);
            if (!started.Done)
            {
                Snackbar.Add(started.Message, Severity.Warning);
            }

            Navigation.NavigateTo($"/runs/{runId}");
        }
        finally
        {
            _importing = false;
        }
    }
}
