using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Loads what a run's report needs in a few queries — sums and counts grouped in SQL, verdicts counted per pair,
/// verdicts, language and task (per-prompt rows only for reviewed prompts) — and hands them to Engine.Analysis, which computes every figure.
/// Only the answers of the run's full N count; the smaller k of the scaling curve are left out.
/// </summary>
public sealed class RunReportQuery(
    IDbContextFactory<FusionDbContext> contexts, RunCallLog callLog, RunErrorGroupsQuery errors, IOptions<BootstrapOptions> bootstrap)
{
    public async Task<RunReport?> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        RunHeader? run;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            run = await db.Runs.AsNoTracking().Where(r => r.Id == runId)
                .Select(r => new RunHeader(r.Name, r.Seed, r.Methods, r.ComparisonPairs, r.RoutedTopK, r.MixtureLayers))
                .SingleOrDefaultAsync(cancellationToken);
        }

        if (run is null)
        {
            return null;
        }

        // The queries are independent: each runs on a context of its own, side by side.
        // Comparisons counted per pair, verdicts, language and task in SQL; one row each only for reviewed prompts.
        var comparisons = WithContextAsync(db => LoadComparisonGroupsAsync(db, runId, cancellationToken), cancellationToken);
        var reviewedComparisons = WithContextAsync(db => LoadReviewedComparisonsAsync(db, runId, cancellationToken), cancellationToken);
        var reviews = WithContextAsync(db => db.HumanReviews.AsNoTracking().Where(r => r.RunId == runId)
            .Select(r => new ReviewRow(r.PromptId, r.MethodA, r.MethodB, r.ReviewerId, r.Verdict))
            .ToListAsync(cancellationToken), cancellationToken);
        var answerGroups = WithContextAsync(db => LoadAnswerGroupsAsync(db, runId, cancellationToken), cancellationToken);
        var pairs = MethodPair.Reported(run.ComparisonPairs);
        var sameAnswers = SameAnswerCountsAsync(runId, pairs, cancellationToken);
        var calls = callLog.SummaryAsync(runId, cancellationToken);
        var steps = callLog.StepLatenciesAsync(runId, cancellationToken);
        var failures = errors.LoadAsync(runId, cancellationToken: cancellationToken);
        var routed = RoutedGenerationAsync(runId, run, cancellationToken);
        await Task.WhenAll(comparisons, reviewedComparisons, reviews, answerGroups, sameAnswers, calls, steps, failures, routed);

        var aggregates = AggregateGroup.Of(answerGroups.Result);
        var fullLimits = FullCandidateLimits.Of(aggregates, a => a.Method, a => a.CandidateLimit);
        var pairReports = pairs
            .Select((pair, i) => PairAnalysis.Analyze(pair, comparisons.Result, reviewedComparisons.Result, reviews.Result, bootstrap.Value.Level) with
            {
                SameAnswers = sameAnswers.Result[i],
            })
            .ToList();

        var methods = run.Methods.Union(fullLimits.Keys).Order().ToList();
        var scores = answerGroups.Result
            .Where(s => s.Score is not null && fullLimits.GetValueOrDefault(s.Method) == s.CandidateLimit)
            .GroupBy(s => s.Method)
            .ToDictionary(g => g.Key, g => ScoreDistribution.FromCounts(g.Select(s => new ScoreCount(s.Score!.Value, s.Count))));

        return new RunReport(
            runId,
            run.Name,
            pairReports,
            methods.Select(m => new MethodScores(m, scores.GetValueOrDefault(m) ?? ScoreDistribution.Empty)).ToList(),
            Costs(methods, aggregates, fullLimits, calls.Result, steps.Result, routed.Result, run.MixtureLayers),
            calls.Result.EvaluationOf(run.Methods).ToUsageTotals(),
            calls.Result.Scaling.ToUsageTotals(),
            failures.Result);
    }

    /// <summary>
    /// Same answers as the review queue leaves out, per pair at its first method's full N, counted side by side with the
    /// report's other queries: each pair first reads its method's full N from the top of its index range.
    /// </summary>
    private Task<int[]> SameAnswerCountsAsync(int runId, IReadOnlyList<MethodPair> pairs, CancellationToken cancellationToken) =>
        Task.WhenAll(pairs.Select(pair => WithContextAsync(
            async db =>
            {
                var limit = await FullCandidateLimits.OfMethodAsync(db, runId, pair.A, cancellationToken);
                return await SameAnswers.PromptIds(db, runId, limit, pair).CountAsync(cancellationToken);
            },
            cancellationToken)));

    /// <summary>Each routed method's generation: only the calls of the teachers it routed to (top 1, or top k).</summary>
    private async Task<Dictionary<AggregationMethod, UsageTotals>> RoutedGenerationAsync(int runId, RunHeader run, CancellationToken cancellationToken)
    {
        var routed = new Dictionary<AggregationMethod, UsageTotals>();
        foreach (var method in run.Methods.Where(m => m.IsRouted()))
        {
            var (totals, slowest) = await callLog.RoutedGenerationAsync(runId, method.RoutedTeachers(run.RoutedTopK), cancellationToken);
            routed[method] = totals.ToUsageTotals() with { StepLatencyMs = slowest };
        }

        return routed;
    }

    private async Task<T> WithContextAsync<T>(Func<FusionDbContext, Task<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await query(db);
    }

    internal static Task<List<ComparisonGroup>> LoadComparisonGroupsAsync(FusionDbContext db, int runId, CancellationToken cancellationToken) =>
        db.Comparisons.AsNoTracking()
            .Where(c => c.RunId == runId && (c.Final != null || c.VerdictAFirst != null || c.VerdictBFirst != null))
            .GroupBy(c => new { c.MethodA, c.MethodB, c.Final, c.VerdictAFirst, c.VerdictBFirst, c.Language, c.Task })
            .Select(g => new ComparisonGroup(g.Key.MethodA, g.Key.MethodB, g.Key.Final, g.Key.VerdictAFirst, g.Key.VerdictBFirst, g.Key.Language, g.Key.Task, g.Count()))
            .ToListAsync(cancellationToken);

    internal static Task<List<ComparisonRow>> LoadReviewedComparisonsAsync(FusionDbContext db, int runId, CancellationToken cancellationToken) =>
        db.Comparisons.AsNoTracking()
            .Where(c => c.RunId == runId && c.Final != null && db.HumanReviews.Any(r => r.RunId == runId && r.PromptId == c.PromptId))
            .Select(c => new ComparisonRow(c.PromptId, c.MethodA, c.MethodB, c.Final, c.VerdictAFirst, c.VerdictBFirst, c.Language, c.Task))
            .ToListAsync(cancellationToken);

    // The run's answers counted per method, limit and stored score (AnswerScoreWriter: a selector's chosen
    // candidate's, a fused answer's own; null when unscored), in one pass over an index that holds all three.
    internal static Task<List<AnswerGroup>> LoadAnswerGroupsAsync(FusionDbContext db, int runId, CancellationToken cancellationToken) =>
        db.Aggregates.AsNoTracking().Where(a => a.RunId == runId)
            .GroupBy(a => new { a.Method, a.CandidateLimit, a.Score })
            .Select(g => new AnswerGroup { Method = g.Key.Method, CandidateLimit = g.Key.CandidateLimit, Score = g.Key.Score, Count = g.Count() })
            .ToListAsync(cancellationToken);

    // What each method cost, from the call log: the shared generation, plus Best-of-N's candidate judging or
    // Fusion-of-N's fusor calls, or Mixture-of-Agents' proposer and fusor calls; the answers a method gave count its prompts.
    private static List<MethodCost> Costs(
        List<AggregationMethod> methods, List<AggregateGroup> aggregates, Dictionary<AggregationMethod, int> fullLimits, CallSummary calls,
        IReadOnlyDictionary<ModelCallPurpose, StepLatency> steps, IReadOnlyDictionary<AggregationMethod, UsageTotals> routedGeneration,
        int mixtureLayers)
    {
        // A step's latency per prompt is its slowest call (the calls of a step run side by side); generated and
        // imported candidates are one step.
        double? Step(params ModelCallPurpose[] purposes)
        {
            var found = purposes.Where(steps.ContainsKey).Select(p => steps[p].MeanSlowestCallMs).ToList();
            return found.Count == 0 ? null : found.Max();
        }

        var generation = calls.Of(ModelCallPurpose.Generate, ModelCallPurpose.Imported).ToUsageTotals() with
        {
            StepLatencyMs = Step(ModelCallPurpose.Generate, ModelCallPurpose.Imported),
        };
        int Answers(AggregationMethod method) =>
            aggregates.SingleOrDefault(a => a.Method == method && a.CandidateLimit == fullLimits.GetValueOrDefault(method))?.Count ?? 0;

        UsageTotals Own(AggregationMethod method) => method switch
        {
            _ when method.NeedsJudgeScores() => calls.Of(ModelCallPurpose.JudgeCandidate).ToUsageTotals() with
            {
                Prompts = Answers(method),
                StepLatencyMs = Step(ModelCallPurpose.JudgeCandidate),
            },
            AggregationMethod.MixtureOfAgents => calls.Of(ModelCallPurpose.Propose, ModelCallPurpose.MixtureFuse).ToUsageTotals() with
            {
                Prompts = Answers(method),
                // The layers run one after the other; a prompt's slowest proposer call stands for each of its layers.
                StepLatencyMs = (Step(ModelCallPurpose.Propose) * Math.Max(1, mixtureLayers - 1)) + Step(ModelCallPurpose.MixtureFuse),
            },
            AggregationMethod.RoutedFusion => calls.Of(ModelCallPurpose.RoutedFuse).ToUsageTotals() with
            {
                Prompts = Answers(method),
                StepLatencyMs = Step(ModelCallPurpose.RoutedFuse),
            },
            _ when method.IsFusion() => calls.Of(ModelCallPurpose.Fuse).ToUsageTotals() with
            {
                Prompts = Answers(method),
                StepLatencyMs = Step(ModelCallPurpose.Fuse),
            },
            _ => UsageTotals.None with { Prompts = Answers(method) },
        };

        return methods
            .Select(m => MethodCostCalculator.For(m, routedGeneration.GetValueOrDefault(m) ?? generation, Own(m)) with { Prompts = Answers(m) })
            .ToList();
    }

    private sealed record RunHeader(
        string Name, int Seed, List<AggregationMethod> Methods, List<MethodPair> ComparisonPairs, int RoutedTopK, int MixtureLayers);

    internal sealed class AnswerGroup
    {
        public AggregationMethod Method { get; init; }

        public int CandidateLimit { get; init; }

        public double? Score { get; init; }

        public int Count { get; init; }
    }

    private sealed class AggregateGroup
    {
        public AggregationMethod Method { get; init; }

        public int CandidateLimit { get; init; }

        public int Count { get; init; }

        public static List<AggregateGroup> Of(List<AnswerGroup> answers) =>
            answers.GroupBy(a => (a.Method, a.CandidateLimit))
                .Select(g => new AggregateGroup { Method = g.Key.Method, CandidateLimit = g.Key.CandidateLimit, Count = g.Sum(a => a.Count) })
                .ToList();
    }
}
