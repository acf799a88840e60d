namespace FusionStudio.Domain.Calls;

public static class ModelCallPurposeExtensions
{
    /// <summary>Whether FusionStudio itself sent the request (an imported log's calls were made elsewhere).</summary>
    public static bool IsSent(this ModelCallPurpose purpose) => purpose != ModelCallPurpose.Imported;

    public static string ToLabel(this ModelCallPurpose purpose) => purpose switch
    {
        ModelCallPurpose.Generate => "Generate",
        ModelCallPurpose.JudgeCandidate => "Judge candidate",
        ModelCallPurpose.Compare => "Compare",
        ModelCallPurpose.Fuse => "Fuse",
        ModelCallPurpose.RoutedFuse => "Routed fuse",
        ModelCallPurpose.JudgeFusedAnswer => "Judge fused answer",
        ModelCallPurpose.ScalingFuse => "Scaling: fuse",
        ModelCallPurpose.ScalingJudge => "Scaling: judge",
        ModelCallPurpose.Imported => "Imported",
        _ => "Other",
    };
}
