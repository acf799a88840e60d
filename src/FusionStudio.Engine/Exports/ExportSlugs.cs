using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// The short lowercase names that exports use for methods, verdicts and options: in query strings, file names and
/// the exported rows themselves, so one word means one thing everywhere.
/// </summary>
public static class ExportSlugs
{
    public static IReadOnlyDictionary<string, ExportKind> Kinds { get; } = new Dictionary<string, ExportKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["full-log"] = ExportKind.FullLog,
        ["aggregates"] = ExportKind.Aggregates,
        ["comparisons"] = ExportKind.Comparisons,
        ["reviews"] = ExportKind.Reviews,
        ["sft"] = ExportKind.Sft,
        ["pairs"] = ExportKind.PreferencePairs,
        ["distillation"] = ExportKind.Distillation,
    };

    public static IReadOnlyDictionary<string, ExportFormat> Formats { get; } = new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["csv"] = ExportFormat.Csv,
        ["jsonl"] = ExportFormat.Jsonl,
    };

    public static IReadOnlyDictionary<string, AggregationMethod> Methods { get; } = new Dictionary<string, AggregationMethod>(StringComparer.OrdinalIgnoreCase)
    {
        ["bon"] = AggregationMethod.BestOfN,
        ["mbr"] = AggregationMethod.Mbr,
        ["random"] = AggregationMethod.Random,
        ["fusion"] = AggregationMethod.FusionOfN,
        ["routed"] = AggregationMethod.Routed,
        ["routed-fusion"] = AggregationMethod.RoutedFusion,
        ["moa"] = AggregationMethod.MixtureOfAgents,
    };

    public static IReadOnlyDictionary<string, SftAnswerRule> SftAnswers { get; } = new Dictionary<string, SftAnswerRule>(StringComparer.OrdinalIgnoreCase)
    {
        ["fusion"] = SftAnswerRule.Fusion,
        ["bon"] = SftAnswerRule.BestOfN,
        ["moa"] = SftAnswerRule.MixtureOfAgents,
        ["human"] = SftAnswerRule.HumanPreferred,
        ["routed-fusion"] = SftAnswerRule.RoutedFusion,
        ["routed"] = SftAnswerRule.Routed,
    };

    public static IReadOnlyDictionary<string, PreferencePairRule> PairRules { get; } = new Dictionary<string, PreferencePairRule>(StringComparer.OrdinalIgnoreCase)
    {
        ["fusion-lowest"] = PreferencePairRule.FusionOverLowest,
        ["human"] = PreferencePairRule.HumanPreferred,
    };

    public static IReadOnlyDictionary<string, ExportHumanFilter> HumanFilters { get; } = new Dictionary<string, ExportHumanFilter>(StringComparer.OrdinalIgnoreCase)
    {
        ["any"] = ExportHumanFilter.Any,
        ["reviewed"] = ExportHumanFilter.Reviewed,
        ["unreviewed"] = ExportHumanFilter.Unreviewed,
        ["a"] = ExportHumanFilter.PreferA,
        ["b"] = ExportHumanFilter.PreferB,
        ["tie"] = ExportHumanFilter.Tie,
        ["both-bad"] = ExportHumanFilter.BothBad,
    };

    public static IReadOnlyDictionary<string, ExportJudgeFilter> JudgeFilters { get; } = new Dictionary<string, ExportJudgeFilter>(StringComparer.OrdinalIgnoreCase)
    {
        ["any"] = ExportJudgeFilter.Any,
        ["not-beaten"] = ExportJudgeFilter.NotBeaten,
        ["won"] = ExportJudgeFilter.Won,
    };

    public static string Of(ExportKind kind) => Key(Kinds, kind);

    public static string Of(ExportFormat format) => Key(Formats, format);

    public static string Of(AggregationMethod method) => Key(Methods, method);

    public static string Of(SftAnswerRule rule) => Key(SftAnswers, rule);

    public static string Of(PreferencePairRule rule) => Key(PairRules, rule);

    public static string Of(ExportHumanFilter filter) => Key(HumanFilters, filter);

    public static string Of(ExportJudgeFilter filter) => Key(JudgeFilters, filter);

    /// <summary>A judge verdict said in the methods' names: the winning method's slug, or <c>tie</c>.</summary>
    public static string? Of(PairVerdict? verdict, AggregationMethod a, AggregationMethod b) => verdict switch
    {
        PairVerdict.A => Of(a),
        PairVerdict.B => Of(b),
        PairVerdict.Tie => "tie",
        _ => null,
    };

    /// <summary>A person's verdict said in the methods' names: the preferred method's slug, <c>tie</c> or <c>both-bad</c>.</summary>
    public static string Of(HumanVerdict verdict, AggregationMethod a, AggregationMethod b) => verdict switch
    {
        HumanVerdict.A => Of(a),
        HumanVerdict.B => Of(b),
        HumanVerdict.Tie => "tie",
        _ => "both-bad",
    };

    private static string Key<T>(IReadOnlyDictionary<string, T> names, T value)
        where T : struct, Enum =>
        names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;
}
