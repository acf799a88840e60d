using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Routing;

namespace FusionStudio.Engine.Routing;

/// <summary>An answer's performance in [0, 1] under a <see cref="RoutingSignal"/>, or null when the answer has none.</summary>
public static class ScoreSignal
{
    public static double? Performance(RoutingSignal signal, double? importedScore, double? judgeScore)
    {
        var judge = judgeScore is { } j ? Math.Clamp((j - PromptProtocol.MinScore) / (PromptProtocol.MaxScore - PromptProtocol.MinScore), 0, 1) : (double?)null;
        return signal switch
        {
            RoutingSignal.ImportedScore => importedScore,
            RoutingSignal.JudgeScore => judge,
            _ => (importedScore, judge) switch
            {
                ({ } a, { } b) => (a + b) / 2,
                ({ } a, null) => a,
                (null, { } b) => b,
                _ => null,
            },
        };
    }
}
