using FusionStudio.Domain.Prompts;

namespace FusionStudio.Simulation;

/// <summary>Recognises fusion, Mixture-of-Agents proposer and judge requests by the <see cref="PromptProtocol"/> tags in any message.</summary>
public static class SimulationRequestClassifier
{
    public static SimulationRequestKind Classify(IReadOnlyList<SimulationMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Classify(TaggedBlocks.JoinContents(messages));
    }

    public static SimulationRequestKind Classify(string text)
    {
        // Past answers are neutralised inside their blocks, so their presence alone names the request.
        if (TaggedBlocks.Numbered(text, PromptProtocol.PastAnswerTag).Count > 0)
        {
            return SimulationRequestKind.ThoughtSummary;
        }

        // Pairwise tags are checked first: their blocks may quote candidates, never the other way round.
        if (TaggedBlocks.Find(text, "response_a") is not null && TaggedBlocks.Find(text, "response_b") is not null)
        {
            return SimulationRequestKind.PairwiseJudge;
        }

        if (TaggedBlocks.References(text).Count > 0)
        {
            return SimulationRequestKind.MoaProposer;
        }

        if (TaggedBlocks.Candidates(text).Count > 0)
        {
            return SimulationRequestKind.Fusion;
        }

        return TaggedBlocks.Find(text, "response") is not null
            ? SimulationRequestKind.PointwiseJudge
            : SimulationRequestKind.Chat;
    }
}
