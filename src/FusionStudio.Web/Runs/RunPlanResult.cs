namespace FusionStudio.Web.Runs;

/// <summary>The new run's id, or what is wrong with the plan, by field (see <see cref="RunPlanValidator"/>).</summary>
public sealed record RunPlanResult(int? RunId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => RunId is not null;

    public static RunPlanResult Created(int runId) => new(runId, new Dictionary<string, string>());

    public static RunPlanResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors);
}
