using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Components.Shared;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Reports.Compare;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Runs.Compare;

/// <summary>
/// A baseline run and one or more runs against it, on the prompts they share. The runs are chosen in the address
/// (?a=baseline&amp;b=…&amp;b=…), so a comparison can be shared; each run's report comes from the same query and
/// statistics as the run report, and the changes from <see cref="PairShiftQuery"/> and <see cref="RunDifferenceQuery"/>.
/// </summary>
public sealed partial class RunComparePage
{
    /// <summary>Runs one page compares at most: a sweep rarely needs more, and each costs a report.</summary>
    public const int MaxRuns = 8;

    private IReadOnlyList<RunChoice> _runs = [];
    private IReadOnlyList<RunReport> _reports = [];
    private IReadOnlyList<PairShift> _shifts = [];
    private Dictionary<int, IReadOnlyList<MethodDifference>> _differences = [];
    private Dictionary<int, IReadOnlyList<TaskDifference>> _tasks = [];
    private bool _loading;
    private int? _missing;
    private string? _addressProblem;

    [SupplyParameterFromQuery(Name = "a")]
    public string? AText { get; set; }

    [SupplyParameterFromQuery(Name = "b")]
    public string[]? BTexts { get; set; }

    [Inject]
    private RunChoicesQuery Choices { get; set; } = default!;

    [Inject]
    private RunReportQuery Reports { get; set; } = default!;

    [Inject]
    private RunDifferenceQuery Differences { get; set; } = default!;

    [Inject]
    private PairShiftQuery Shifts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private int? A => new QueryNumber(AText).Value;

    private IReadOnlyList<int> Others => (BTexts ?? []).Select(text => new QueryNumber(text).Value).OfType<int>().Distinct().Take(MaxRuns - 1).ToList();

    private IReadOnlyList<int> RunIds => A is { } a ? [a, .. Others] : [];

    /// <summary>Pairs every compared run judged.</summary>
    private IReadOnlyList<MethodPair> SharedPairs => _reports.Count == 0
        ? []
        : _reports[0].Pairs.Select(p => p.Pair).Where(pair => _reports.All(r => r.Pairs.Any(p => p.Pair == pair))).ToList();

    private IEnumerable<AggregationMethod> Methods => _reports.SelectMany(r => r.Scores.Select(s => s.Method)).Distinct().Order();

    protected override async Task OnInitializedAsync() => _runs = await Choices.LoadAsync();

    protected override async Task OnParametersSetAsync()
    {
        _reports = [];
        _shifts = [];
        _missing = null;
        _addressProblem = new[] { ("a", new QueryNumber(AText)) }.Concat((BTexts ?? []).Select(text => ("b", new QueryNumber(text))))
            .Where(side => side.Item2.IsInvalid)
            .Select(side => side.Item2.Problem(side.Item1, "a run number"))
            .FirstOrDefault();
        if (A is not { } a || Others.Count == 0)
        {
            return;
        }

        _loading = true;
        var reports = new List<RunReport>();
        foreach (var id in RunIds)
        {
            if (await Reports.LoadAsync(id) is not { } report)
            {
                _missing = id;
                _loading = false;
                return;
            }

            reports.Add(report);
        }

        _reports = reports;
        _shifts = await Shifts.LoadAsync(a, Others, SharedPairs);
        _differences = [];
        _tasks = [];
        foreach (var other in Others)
        {
            _differences[other] = await Differences.LoadAsync(a, other);
            _tasks[other] = await Differences.ByTaskAsync(a, other);
        }

        _loading = false;
    }

    private Task PickAsync(int? a, IReadOnlyList<int> others)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["a"] = a,
            ["b"] = others.Where(id => id != a).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
        }));
        return Task.CompletedTask;
    }

    private string Label(int? id) => id is null ? "" : _runs.FirstOrDefault(r => r.Id == id) is { } run ? $"#{run.Id} · {run.Name}" : $"#{id}";

    private string Label(int id) => Label((int?)id);

    private static string MeanScore(RunReport report, AggregationMethod method) =>
        report.Scores.FirstOrDefault(s => s.Method == method) is { Distribution.Count: > 0 } scores ? ReportText.Score(scores.Distribution.Mean) : "not scored";

    private PairedDifference? DifferenceOf(int runId, AggregationMethod method) =>
        _differences.GetValueOrDefault(runId)?.FirstOrDefault(d => d.Method == method)?.Difference;

    private static string Signed(double value) => (value > 0 ? "+" : "") + ReportText.Score(value);

    /// <summary>A change of win rate in percentage points, with its paired interval.</summary>
    private static string Points(PairedDifference difference) => difference.Mean is not { } mean
        ? "–"
        : $"{SignedPoints(mean)} pp ({SignedPoints(difference.Lower ?? mean)} to {SignedPoints(difference.Upper ?? mean)})";

    private static string SignedPoints(double share)
    {
        var points = Math.Round(100 * share, 1);
        return (points > 0 ? "+" : "") + (points == 0 ? 0 : points).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string CostPerPrompt(RunReport report, AggregationMethod method) =>
        report.Costs.FirstOrDefault(c => c.Method == method) is { } cost ? RunText.Money(cost.CostPerPrompt) : "–";
}
