using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Components.Pages.Runs.New;

public partial class RunMethodFields
{
    private static readonly AggregationMethod[] _allMethods = Enum.GetValues<AggregationMethod>();

    private static string DescriptionOf(AggregationMethod method) => method switch
    {
        AggregationMethod.BestOfN => "the judge scores each candidate; the best one wins",
        AggregationMethod.Mbr => "the candidate most like the others; no judge",
        AggregationMethod.Random => "a seeded random candidate: the baseline",
        AggregationMethod.FusionOfN => "the fusor writes one answer from all candidates",
        AggregationMethod.Routed => "a router picks one teacher per prompt; only it answers",
        AggregationMethod.RoutedFusion => "only the router's top k teachers answer; the fusor fuses them",
        _ => "",
    };

    /// <summary>Which of the pool's teachers the chosen router can route to (the others never answer a routed method).</summary>
    private string? RoutableTeachers()
    {
        if (Options.Router(Plan.RouterId) is not { } router || Options.Pool(Plan.PoolId) is not { } pool)
        {
            return null;
        }

        var known = pool.Members
            .Where(m => router.Candidates.Any(model => Options.Teacher(m.TeacherId) is { } t
                ? Jobs.Routing.RouteTeachers.Matches(t.Model, t.Name, model)
                : string.Equals(m.TeacherName, model, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.TeacherName)
            .ToList();
        return known.Count == 0
            ? $"{router.Label} knows none of this pool's teachers."
            : $"{router.Label} routes between {known.Count} of this pool's {pool.Members.Count} teachers: {string.Join(", ", known)}.";
    }

    /// <summary>Unticking a method also drops the comparisons that use it: they could not run.</summary>
    private Task SetMethodAsync(AggregationMethod method, bool chosen) => ChangeAsync(() =>
    {
        Plan.SetMethod(method, chosen);
        if (!chosen)
        {
            Plan.Pairs.RemoveAll(p => p.A == method || p.B == method);
        }
    });

    private Task AddPairAsync() => NextPair() is { } pair ? ChangeAsync(() => Plan.Pairs.Add(pair)) : Task.CompletedTask;

    /// <summary>The first pair of chosen methods not compared yet, fusion and Best-of-N first.</summary>
    private MethodPair? NextPair()
    {
        var order = Plan.Methods.OrderByDescending(m => m == AggregationMethod.FusionOfN).ThenBy(m => m).ToList();
        return order
            .SelectMany(a => order.Where(b => b != a).Select(b => new MethodPair(a, b)))
            .FirstOrDefault(candidate => !Plan.Pairs.Any(p => (p.A == candidate.A && p.B == candidate.B) || (p.A == candidate.B && p.B == candidate.A)));
    }
}
