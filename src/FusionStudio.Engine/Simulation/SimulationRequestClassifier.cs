namespace FusionStudio.Engine.Simulation;

/// <summary>Recognises fusion and judge requests by the <see cref="SimulationProtocol"/> tags in any message.</summary>
public static class SimulationRequestClassifier
{
    public static SimulationRequestKind Classify(IReadOnlyList<SimulationMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Classify(ProtocolBlocks.JoinContents(messages));
    }

    public static SimulationRequestKind Classify(string text)
    {
        // Pairwise tags are checked first: their blocks may quote candidates, never the other way round.
        if (ProtocolBlocks.Find(text, "response_a") is not null && ProtocolBlocks.Find(text, "response_b") is not null)
        {
            return SimulationRequestKind.PairwiseJudge;
        }

        if (ProtocolBlocks.Candidates(text).Count > 0)
        {
            return SimulationRequestKind.Fusion;
        }

        return ProtocolBlocks.Find(text, "response") is not null
            ? SimulationRequestKind.PointwiseJudge
            : SimulationRequestKind.Chat;
    }
}
