using FusionStudio.Web.Components.Shared;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Reports;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Runs.Compare;

/// <summary>
/// Two runs side by side. The runs are chosen in the address (?a=…&amp;b=…), so a comparison can be shared; both
/// reports come from the same query and statistics as the run report.
/// </summary>
public sealed partial class RunComparePage
{
    private IReadOnlyList<RunChoice> _runs = [];
    private RunReport? _a;
    private RunReport? _b;
    private IReadOnlyList<MethodDifference> _differences = [];
    private bool _loading;
    private string? _addressProblem;

    [SupplyParameterFromQuery(Name = "a")]
    public string? AText { get; set; }

    [SupplyParameterFromQuery(Name = "b")]
    public string? BText { get; set; }

    [Inject]
    private RunChoicesQuery Choices { get; set; } = default!;

    [Inject]
    private RunReportQuery Reports { get; set; } = default!;

    [Inject]
    private RunDifferenceQuery Differences { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IReadOnlyList<MethodPair> SharedPairs => _a is null || _b is null
        ? []
        : _a.Pairs.Select(p => p.Pair).Where(pair => _b.Pairs.Any(p => p.Pair == pair)).ToList();

    private IEnumerable<(string Side, RunReport Report)> Sides => [("A", _a!), ("B", _b!)];

    private IEnumerable<AggregationMethod> Methods =>
        _a!.Scores.Select(s => s.Method).Union(_b!.Scores.Select(s => s.Method)).Order();

    private int? A => new QueryNumber(AText).Value;

    private int? B => new QueryNumber(BText).Value;

    protected override async Task OnInitializedAsync() => _runs = await Choices.LoadAsync();

    protected override async Task OnParametersSetAsync()
    {
        _a = null;
        _b = null;
        _addressProblem = new[] { ("a", new QueryNumber(AText)), ("b", new QueryNumber(BText)) }
            .Where(side => side.Item2.IsInvalid)
            .Select(side => side.Item2.Problem(side.Item1, "a run number"))
            .FirstOrDefault();
        if (A is not { } a || B is not { } b)
        {
            return;
        }

        _loading = true;
        _a = await Reports.LoadAsync(a);
        _b = await Reports.LoadAsync(b);
        _differences = await Differences.LoadAsync(a, b);
        _loading = false;
    }

    private Task PickAsync(int? a, int? b)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["a"] = a, ["b"] = b }));
        return Task.CompletedTask;
    }

    private string Label(int? id) => id is null ? "" : _runs.FirstOrDefault(r => r.Id == id) is { } run ? $"#{run.Id} · {run.Name}" : $"#{id}";

    private static string MeanScore(RunReport report, AggregationMethod method) =>
        report.Scores.FirstOrDefault(s => s.Method == method) is { Distribution.Count: > 0 } scores ? ReportText.Score(scores.Distribution.Mean) : "not scored";

    private PairedDifference? DifferenceOf(AggregationMethod method) => _differences.FirstOrDefault(d => d.Method == method)?.Difference;

    private static string Signed(double value) => (value > 0 ? "+" : "") + ReportText.Score(value);

    private static string CostPerPrompt(RunReport report, AggregationMethod method) =>
        report.Costs.FirstOrDefault(c => c.Method == method) is { } cost ? RunText.Money(cost.CostPerPrompt) : "–";
}
