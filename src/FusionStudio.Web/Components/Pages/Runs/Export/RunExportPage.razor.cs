using System.Globalization;
using FusionStudio.Engine.Exports;
using FusionStudio.Web.Exports;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Runs.Export;

/// <summary>
/// Picks what to export from one run and how, shows how many rows match, and links to the streamed download.
/// </summary>
public sealed partial class RunExportPage : IDisposable
{
    private static readonly (ExportKind Kind, string Label)[] _kinds =
    [
        (ExportKind.Sft, "SFT chat rows"),
        (ExportKind.PreferencePairs, "Preference pairs"),
        (ExportKind.Distillation, "Top-K distillation rows"),
        (ExportKind.FullLog, "Full log"),
        (ExportKind.Aggregates, "Method answers"),
        (ExportKind.Comparisons, "Judge comparisons"),
        (ExportKind.Reviews, "Human reviews"),
    ];

    private readonly ExportForm _form = new();
    private RunExportOptions? _options;
    private CancellationTokenSource? _counting;
    private long? _count;
    private string? _preview;
    private bool _missing;

    [Parameter]
    public int RunId { get; set; }

    [Inject]
    private RunExportOptionsQuery OptionsQuery { get; set; } = default!;

    [Inject]
    private RunExporter Exporter { get; set; } = default!;

    [Inject]
    private ILogger<RunExportPage> Logger { get; set; } = default!;

    private static IEnumerable<(ExportKind Kind, string Label)> Kinds => _kinds;

    private static int PreviewRows => 5;

    private string DownloadUrl => ExportEndpoints.FileUrl(RunId, ExportQueryString.For(_form.ToRequest()));

    private string FileName => Exporter.FileName(RunId, _form.ToRequest());

    private string MethodHelp => _form.Kind == ExportKind.FullLog
        ? "Only the candidates this method chose (or, for Fusion-of-N, read)."
        : "Only rows of this method.";

    public void Dispose()
    {
        _counting?.Cancel();
        _counting?.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        _options = await OptionsQuery.LoadAsync(RunId);
        _missing = _options is null;
        if (!_missing)
        {
            await RecountAsync();
        }
    }

    private static string RowsText(long count) =>
        count == 1 ? "1 row matches" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} rows match";

    private async Task RecountAsync()
    {
        // A newer choice makes the running count pointless: cancel it and count again.
        _counting?.Cancel();
        _counting?.Dispose();
        var counting = _counting = new CancellationTokenSource();
        _count = null;
        _preview = null;
        try
        {
            var request = _form.ToRequest();
            var count = await Exporter.CountAsync(RunId, request, counting.Token);
            if (!counting.IsCancellationRequested)
            {
                _count = count;
            }

            var preview = await Exporter.PreviewAsync(RunId, request, PreviewRows, counting.Token);
            if (!counting.IsCancellationRequested)
            {
                // JSON Lines without rows is empty; CSV keeps its header, which alone previews nothing.
                _preview = count == 0 ? "" : preview;
            }
        }
        catch (OperationCanceledException) when (counting.IsCancellationRequested)
        {
            // Superseded by a newer count.
        }
        catch (KeyNotFoundException)
        {
            _missing = true;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            Logger.LogWarning(error, "Counting the export rows of run {RunId} failed.", RunId);
        }
    }
}
