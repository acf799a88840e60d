namespace FusionStudio.Domain.Calls;

public static class ModelCallPurposeExtensions
{
    /// <summary>Whether FusionStudio itself sent the request (an imported log's calls were made elsewhere).</summary>
    public static bool IsSent(this ModelCallPurpose purpose) => purpose != ModelCallPurpose.Imported;

    /// <summary>Whether the call evaluates answers (judge and comparison calls) rather than producing one.</summary>
    public static bool IsJudge(this ModelCallPurpose purpose) => purpose is ModelCallPurpose.JudgeCandidate
        or ModelCallPurpose.JudgeFusedAnswer or ModelCallPurpose.ScalingJudge or ModelCallPurpose.Compare;

    public static string ToLabel(this ModelCallPurpose purpose) => purpose switch
    {
        ModelCallPurpose.Generate => "Generate",
        ModelCallPurpose.JudgeCandidate => "Judge candidate",
        ModelCallPurpose.Compare => "Compare",
        ModelCallPurpose.Fuse => "Fuse",
        ModelCallPurpose.JudgeFusedAnswer => "Judge fused answer",
        ModelCallPurpose.ScalingFuse => "Scaling: fuse",
        ModelCallPurpose.ScalingJudge => "Scaling: judge",
        ModelCallPurpose.Imported => "Imported",
        _ => "Other",
    };
}
