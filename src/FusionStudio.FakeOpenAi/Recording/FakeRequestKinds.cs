using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi.Recording;

internal static class FakeRequestKinds
{
    public static FakeRequestKind From(SimulationRequestKind kind) => kind switch
    {
        SimulationRequestKind.Fusion => FakeRequestKind.Fusion,
        SimulationRequestKind.PointwiseJudge => FakeRequestKind.PointwiseJudge,
        SimulationRequestKind.PairwiseJudge => FakeRequestKind.PairwiseJudge,
        SimulationRequestKind.MoaProposer => FakeRequestKind.MoaProposer,
        SimulationRequestKind.ThoughtSummary => FakeRequestKind.ThoughtSummary,
        _ => FakeRequestKind.Chat,
    };

    public static bool IsJudge(this FakeRequestKind kind) => kind is FakeRequestKind.PointwiseJudge or FakeRequestKind.PairwiseJudge;
}
