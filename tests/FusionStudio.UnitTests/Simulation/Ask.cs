using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

/// <summary>Short ways to ask the responder, so tests read as the question they ask.</summary>
internal static class Ask
{
    public const string Question = "Why is the sky blue during the day?";

    private static readonly SyntheticChatResponder s_responder = new();

    public static SimulationResponse Model(string model, string question = Question, long? seed = null, double? temperature = null, int? maxTokens = null) =>
        s_responder.Respond(new SimulationRequest(model, [new SimulationMessage("user", question)], seed, temperature, maxTokens));

    public static SimulationResponse WithMessages(string model, params SimulationMessage[] messages) =>
        s_responder.Respond(new SimulationRequest(model, messages));
}
