using FusionStudio.Domain.Calls;

namespace FusionStudio.Web.Runs;

/// <summary>The mean output tokens of a teacher's successful calls per role, read from the call log.</summary>
public sealed record ObservedOutput(double? Answer, double? Judge, double? Fusor)
{
    public static ObservedOutput None { get; } = new(null, null, null);

    public double? Of(TeacherRole role) => role switch
    {
        TeacherRole.Answer => Answer,
        TeacherRole.Judge => Judge,
        _ => Fusor,
    };

    public static TeacherRole? RoleOf(ModelCallPurpose purpose) => purpose switch
    {
        ModelCallPurpose.Generate => TeacherRole.Answer,
        ModelCallPurpose.Fuse or ModelCallPurpose.ScalingFuse or ModelCallPurpose.RoutedFuse => TeacherRole.Fusor,
        ModelCallPurpose.JudgeCandidate or ModelCallPurpose.JudgeFusedAnswer or ModelCallPurpose.ScalingJudge or ModelCallPurpose.Compare => TeacherRole.Judge,
        _ => null,
    };

    /// <summary>Weighted means from per-purpose (calls, output tokens) totals.</summary>
    public static ObservedOutput From(IEnumerable<(ModelCallPurpose Purpose, long Calls, long OutputTokens)> totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var byRole = totals.Select(t => (Role: RoleOf(t.Purpose), t.Calls, t.OutputTokens))
            .Where(t => t.Role is not null && t.Calls > 0)
            .GroupBy(t => t.Role!.Value)
            .ToDictionary(g => g.Key, g => (double)g.Sum(t => t.OutputTokens) / g.Sum(t => t.Calls));
        double? Mean(TeacherRole role) => byRole.TryGetValue(role, out var mean) ? mean : null;
        return new ObservedOutput(Mean(TeacherRole.Answer), Mean(TeacherRole.Judge), Mean(TeacherRole.Fusor));
    }
}
