namespace FusionStudio.Engine.Simulation;

/// <summary>What a request asks for, recognised from the <see cref="SimulationProtocol"/> tags in its messages.</summary>
public enum SimulationRequestKind
{
    Chat = 0,
    Fusion = 1,
    PointwiseJudge = 2,
    PairwiseJudge = 3,
}
