using System.Globalization;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Runs.Matrix;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;

namespace FusionStudio.Web.Components.Pages.Runs.Matrix;

/// <summary>
/// A run as one grid: prompts down, every candidate and every method across, each cell the answer's first lines with its
/// judge score and verdict colour. Rows are virtualised and read from the server a window at a time, so a run of
/// 100,000 prompts scrolls like one of ten. Keys: see matrix.js.
/// </summary>
public sealed partial class RunMatrixPage
{
    /// <summary>Every row's height in pixels: the virtualiser needs one size to place rows it has not read yet.</summary>
    public const float RowHeight = 132;

    private RunMatrixShape? _shape;
    private bool _missing;
    private bool _differencesOnly;
    private bool _showDiff;
    private int _total;

    // A new value rebuilds the virtualiser: it keeps its items across a filter change otherwise.
    private int _version;

    [Parameter]
    public int RunId { get; set; }

    [Inject]
    private RunMatrixQuery Query { get; set; } = default!;

    // Column widths are the style sheet's (narrower on a phone); the page only says how many answer columns there are.
    private string GridStyle =>
        $"--fs-matrix-count: {_shape?.Columns.Count ?? 0}; --fs-matrix-row: {RowHeight.ToString(CultureInfo.InvariantCulture)}px";

    protected override async Task OnParametersSetAsync()
    {
        _shape = await Query.ShapeAsync(RunId);
        _missing = _shape is null;
        _total = _shape?.PromptCount ?? 0;
    }

    private async ValueTask<ItemsProviderResult<RunMatrixItem>> LoadAsync(ItemsProviderRequest request)
    {
        var page = await Query.LoadAsync(RunId, _differencesOnly, request.StartIndex, Math.Min(request.Count, RunMatrixQuery.MaxPageSize), request.CancellationToken);
        if (page.Total != _total)
        {
            _total = page.Total;
            StateHasChanged();
        }

        return new ItemsProviderResult<RunMatrixItem>(page.Rows.Select((row, i) => new RunMatrixItem(request.StartIndex + i, row)), page.Total);
    }

    private Task DifferencesChangedAsync(bool on)
    {
        _differencesOnly = on;
        _version++;
        return Task.CompletedTask;
    }

    private string PromptHref(RunMatrixRow row) => $"/runs/{RunId}/prompts/{row.PromptId}";

    private static string CellClass(RunMatrixCell cell) => "fs-matrix-cell " + cell.Verdict switch
    {
        RunPromptVerdict.Win => "fs-verdict-win",
        RunPromptVerdict.Loss => "fs-verdict-loss",
        RunPromptVerdict.Tie => "fs-verdict-tie",
        _ => cell.PickedBy.Count > 0 ? "fs-matrix-picked" : "",
    };

    private static string VerdictText(RunPromptVerdict verdict) => verdict switch
    {
        RunPromptVerdict.Win => "preferred",
        RunPromptVerdict.Loss => "not preferred",
        _ => "tie",
    };

    private static string CellLabel(RunMatrixRow row, RunMatrixColumn column, RunMatrixCell cell)
    {
        var score = cell.Score is { } value ? $", score {ReportText.Score(value)}" : "";
        var verdict = cell.Verdict == RunPromptVerdict.None ? "" : $", {VerdictText(cell.Verdict)}";
        var picked = cell.PickedBy.Count == 0 ? "" : $", picked by {string.Join(" and ", cell.PickedBy.Select(m => m.ToLabel()))}";
        return $"Prompt {row.Number}, {column.Label}{score}{verdict}{picked}";
    }
}
