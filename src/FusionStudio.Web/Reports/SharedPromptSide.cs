using FusionStudio.Engine.Analysis;

namespace FusionStudio.Web.Reports;

/// <summary>One run's result on a shared prompt: the fused answer's judge score and the pair's judge verdict.</summary>
public sealed record SharedPromptSide(double? FusedScore, Outcome? Verdict)
{
    public static SharedPromptSide None { get; } = new(null, null);
}
