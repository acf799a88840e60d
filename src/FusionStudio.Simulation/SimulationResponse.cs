namespace FusionStudio.Simulation;

/// <summary>A simulated model's answer, with the same facts a real endpoint reports.</summary>
/// <param name="FinishReason">"stop" or "length", as on the OpenAI wire.</param>
public sealed record SimulationResponse(
    SimulationRequestKind Kind,
    string Text,
    string FinishReason,
    int PromptTokens,
    int CompletionTokens)
{
    public const string FinishStop = "stop";

    public const string FinishLength = "length";

    public int TotalTokens => PromptTokens + CompletionTokens;
}
