using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// The rules a plan must meet that need no database. Errors are keyed by the <see cref="RunPlan"/> property they
/// concern, so the form shows each under its field; <see cref="General"/> is for the rest.
/// </summary>
public static class RunPlanValidator
{
    public const string General = "";

    /// <summary>Fusing one answer is just routing; more than eight is the whole pool of most runs.</summary>
    public const int MinRoutedTopK = 2;

    public const int MaxRoutedTopK = 8;

    public static Dictionary<string, string> Validate(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new Dictionary<string, string>();
        void Add(string field, string message) => errors.TryAdd(field, message);

        if (plan.DatasetId is null)
        {
            Add(nameof(RunPlan.DatasetId), "Choose a dataset.");
        }

        if (plan.PoolId is null)
        {
            Add(nameof(RunPlan.PoolId), "Choose a teacher pool.");
        }

        if (plan.Methods.Count == 0)
        {
            Add(nameof(RunPlan.Methods), "Choose at least one method.");
        }

        var usesBestOfN = plan.Methods.Any(m => m.NeedsJudgeScores());
        var scorer = usesBestOfN ? "Best-of-N" : "The routed methods";
        if (plan.NeedsJudge && plan.JudgeTeacherId is null)
        {
            Add(nameof(RunPlan.JudgeTeacherId), (plan.Methods.ScoreAnswers(), plan.Pairs.Count > 0) switch
            {
                (true, true) => $"{scorer} and the comparisons need a judge.",
                (true, false) => usesBestOfN ? "Best-of-N needs a judge." : "The routed methods need a judge to score their answers.",
                _ => "The comparisons need a judge.",
            });
        }

        if (plan.Methods.ScoreAnswers() && plan.PointwiseTemplateId is null)
        {
            Add(nameof(RunPlan.PointwiseTemplateId), $"{scorer} {(usesBestOfN ? "needs" : "need")} a pointwise judge prompt.");
        }

        if (plan.NeedsRouter && plan.RouterId is null)
        {
            Add(nameof(RunPlan.RouterId), "The routed methods need a router.");
        }

        if (plan.Methods.Contains(AggregationMethod.RoutedFusion) && plan.RoutedTopK is < MinRoutedTopK or > MaxRoutedTopK)
        {
            Add(nameof(RunPlan.RoutedTopK), $"Routed FusioN fuses between {MinRoutedTopK} and {MaxRoutedTopK} routed teachers.");
        }

        if (plan.Pairs.Count > 0 && plan.PairwiseTemplateId is null)
        {
            Add(nameof(RunPlan.PairwiseTemplateId), "The comparisons need a pairwise judge prompt.");
        }

        if (plan.NeedsFusor && plan.FusorTeacherId is null)
        {
            Add(nameof(RunPlan.FusorTeacherId), $"{FusingLabel(plan)} needs a fusor.");
        }

        if (plan.NeedsFusor && plan.FusorTemplateId is null)
        {
            Add(nameof(RunPlan.FusorTemplateId), $"{FusingLabel(plan)} needs a fusor prompt.");
        }

        if (PairProblem(plan) is { } problem)
        {
            Add(nameof(RunPlan.Pairs), problem);
        }

        if (plan.BudgetCap is <= 0)
        {
            Add(nameof(RunPlan.BudgetCap), "The budget cap must be more than 0, or empty for none.");
        }

        if (plan.Name?.Trim().Length > 200)
        {
            Add(nameof(RunPlan.Name), "At most 200 characters.");
        }

        return errors;
    }

    private static string FusingLabel(RunPlan plan) => plan.Methods.FirstOrDefault(m => m.IsFusion()).ToLabel();

    private static string? PairProblem(RunPlan plan)
    {
        foreach (var pair in plan.Pairs)
        {
            if (pair.A == pair.B)
            {
                return $"{pair}: a comparison needs two different methods.";
            }

            if (!plan.Methods.Contains(pair.A) || !plan.Methods.Contains(pair.B))
            {
                var missing = plan.Methods.Contains(pair.A) ? pair.B : pair.A;
                return $"{pair}: {missing.ToLabel()} is not one of the run's methods.";
            }
        }

        var twice = plan.Pairs
            .GroupBy(p => (Math.Min((int)p.A, (int)p.B), Math.Max((int)p.A, (int)p.B)))
            .FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : $"{twice.First()} is listed twice.";
    }
}
