using FusionStudio.Domain.Prompts;

namespace FusionStudio.Simulation;

/// <summary>What a request asks for, recognised from the <see cref="PromptProtocol"/> tags in its messages.</summary>
public enum SimulationRequestKind
{
    Chat = 0,
    Fusion = 1,
    PointwiseJudge = 2,
    PairwiseJudge = 3,

    /// <summary>A Mixture-of-Agents proposer: the prompt with the previous layer's answers as references.</summary>
    MoaProposer = 4,
    /// <summary>A thought summarizer's request: a question with its best past answers in numbered blocks.</summary>
    ThoughtSummary = 10,
}
