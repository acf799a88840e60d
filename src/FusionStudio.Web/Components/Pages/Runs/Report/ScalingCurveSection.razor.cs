using System.Globalization;
using FusionStudio.Engine.Scaling;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Scaling;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Report;

/// <summary>
/// The test-time-scaling curve of a run: mean judge score against k, for BoN@k and FusioN@k, as in the Fusion-of-N
/// paper's scaling figure. Loads its own data, and polls while FusioN@k points are computing.
/// </summary>
public sealed partial class ScalingCurveSection : IAsyncDisposable
{
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(2);
    private static readonly DialogOptions _dialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true };

    private readonly LineChartOptions _options = new()
    {
        ShowDataMarkers = true,
        ConnectNullPoints = true,
        YAxisTitle = "Mean judge score",
        YAxisToStringFunc = value => value.ToString("0.#", CultureInfo.InvariantCulture),

        // Judge scores run from 1 to 10; a fixed scale keeps small differences from looking large.
        YAxisSuggestedMax = 10,
        YAxisTicks = 2,
    };

    private ScalingCurve? _curve;
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private PagePoller? _poller;

    [Parameter, EditorRequired]
    public int RunId { get; set; }

    [Inject]
    private ScalingCurveQuery Query { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ILogger<ScalingCurveSection> Logger { get; set; } = default!;

    private IEnumerable<ScalingRow> Rows => _curve is null
        ? []
        : Enumerable.Range(1, _curve.CandidatesPerPrompt).Select(k => new ScalingRow(
            k, _curve.BestOfN.FirstOrDefault(p => p.K == k), _curve.Fusion.FirstOrDefault(p => p.K == k)));

    protected override async Task OnParametersSetAsync() => await LoadAsync(CancellationToken.None);

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _poller = new PagePoller(Logger);
            _poller.Start(_pollInterval, token => InvokeAsync(() => TickAsync(token)));
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        // Only FusioN@k jobs change the curve once the run has finished; poll the database while they work.
        if (_curve is { Computing: true })
        {
            await LoadAsync(cancellationToken);
            StateHasChanged();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _curve = await Query.LoadAsync(RunId, cancellationToken);
        if (_curve is null)
        {
            return;
        }

        _labels = Enumerable.Range(1, _curve.CandidatesPerPrompt).Select(k => k.ToString(CultureInfo.InvariantCulture)).ToArray();
        _series =
        [
            Series("BoN@k", _curve.BestOfN, p => p.MeanScore),
            Series("FusioN@k", _curve.Fusion, p => p.MeanScore),
            Series("BoN@k 95% low", _curve.BestOfN, p => p.Lower),
            Series("BoN@k 95% high", _curve.BestOfN, p => p.Upper),
            Series("FusioN@k 95% low", _curve.Fusion, p => p.Lower),
            Series("FusioN@k 95% high", _curve.Fusion, p => p.Upper),
        ];
    }

    private ChartSeries<double> Series(string name, IReadOnlyList<ScalingPoint> points, Func<ScalingPoint, double?> value) => new()
    {
        Name = name,
        Data = new ChartData<double>(Enumerable.Range(1, _curve!.CandidatesPerPrompt)
            .Select(k => points.FirstOrDefault(p => p.K == k) is { } point ? value(point) : null).ToList()),
    };

    private async Task AddPointsAsync()
    {
        if (_curve is null)
        {
            return;
        }

        var parameters = new DialogParameters<ScalingPointsDialog>
        {
            { d => d.RunId, RunId },
            { d => d.Choosable, _curve.Addable },
            { d => d.PromptCount, _curve.PromptCount },
        };
        var dialog = await Dialogs.ShowAsync<ScalingPointsDialog>("Add FusioN@k points", parameters, _dialogOptions);
        if (await dialog.Result is { Canceled: false })
        {
            await LoadAsync(CancellationToken.None);
        }
    }

    private static string Score(ScalingPoint? point) =>
        point?.MeanScore is { } score ? score.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    private static string Interval(ScalingPoint? point) =>
        point is { Lower: { } low, Upper: { } high }
            ? $"{low.ToString("0.00", CultureInfo.InvariantCulture)} – {high.ToString("0.00", CultureInfo.InvariantCulture)}"
            : "—";

    private static string Count(ScalingPoint? point) => point is null ? "—" : RunText.Count(point.Prompts);

    public async ValueTask DisposeAsync()
    {
        if (_poller is not null)
        {
            await _poller.DisposeAsync();
        }
    }

    private sealed record ScalingRow(int K, ScalingPoint? BestOfN, ScalingPoint? Fusion);
}
