using FusionStudio.Domain.Prompts;
using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

public sealed class SimulationRequestClassifierTests
{
    [Fact]
    public void Plain_question_is_a_chat() =>
        Assert.Equal(SimulationRequestKind.Chat, SimulationRequestClassifier.Classify("What is a monad?"));

    [Fact]
    public void Candidate_blocks_make_a_fusion_request()
    {
        var prompt = "Fuse these.\n" + PromptProtocol.Candidate(1, "One.") + "\n" + PromptProtocol.Candidate(2, "Two.");

        Assert.Equal(SimulationRequestKind.Fusion, SimulationRequestClassifier.Classify(prompt));
    }

    [Fact]
    public void Reference_blocks_make_a_mixture_of_agents_proposer_request()
    {
        var prompt = "Answer again.\n<prompt>\nWhy?\n</prompt>\n" + PromptProtocol.Reference(1, "One.") + "\n" + PromptProtocol.Reference(2, "Two.");

        Assert.Equal(SimulationRequestKind.MoaProposer, SimulationRequestClassifier.Classify(prompt));
    }

    [Fact]
    public void One_response_block_makes_a_pointwise_judge_request() =>
        Assert.Equal(SimulationRequestKind.PointwiseJudge, SimulationRequestClassifier.Classify("Score it.\n" + PromptProtocol.Response("An answer.")));

    [Fact]
    public void Response_a_and_b_blocks_make_a_pairwise_judge_request() =>
        Assert.Equal(SimulationRequestKind.PairwiseJudge, SimulationRequestClassifier.Classify(PromptProtocol.ResponsePair("First.", "Second.")));

    [Fact]
    public void Tags_in_any_message_count()
    {
        SimulationMessage[] messages =
        [
            new("system", "You are a strict judge. Answer with JSON."),
            new("user", "Question: why?\n\n" + PromptProtocol.Response("Because.")),
        ];

        Assert.Equal(SimulationRequestKind.PointwiseJudge, SimulationRequestClassifier.Classify(messages));
    }
}
