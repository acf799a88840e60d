using FusionStudio.Engine.Methods;
using FusionStudio.Simulation;
using FusionStudio.UnitTests.Methods;
using FusionStudio.UnitTests.Prompts;

namespace FusionStudio.UnitTests.Simulation;

public sealed class ProposerAnswerTests
{
    private static readonly CandidateView[] s_references =
    [
        Candidates.Text(1, "Tides are caused mainly by the gravitational pull of the moon on the oceans."),
        Candidates.Text(2, "The sun also contributes, producing spring tides when it aligns with the moon.", sample: 1),
    ];

    private static SimulationResponse Propose(string model)
    {
        var request = MixtureOfAgentsRequestBuilder.Proposer(
            Templates.Proposer, Templates.Prompt(text: "How do tides work?", language: "en"), s_references, layer: 2, proposerPosition: 0, proposerSample: 0, runSeed: 1);
        return Ask.WithMessages(model, request.Messages.Select(message => new SimulationMessage(message.Role.ToString().ToLowerInvariant(), message.Content)).ToArray());
    }

    [Fact]
    public void A_proposer_request_is_recognised_as_one_and_never_as_a_fusion() =>
        Assert.Equal(SimulationRequestKind.MoaProposer, Propose("sim-concise").Kind);

    [Fact]
    public void The_answer_takes_up_the_references_and_is_the_same_each_time()
    {
        var answer = Propose("sim-concise").Text;

        Assert.Contains("gravitational pull of the moon", answer, StringComparison.Ordinal);
        Assert.Contains("spring tides", answer, StringComparison.Ordinal);
        Assert.Equal(answer, Propose("sim-concise").Text);
    }

    [Fact]
    public void Teachers_of_one_layer_propose_their_own_answers() =>
        Assert.NotEqual(Propose("sim-concise").Text, Propose("sim-detailed").Text);
}
