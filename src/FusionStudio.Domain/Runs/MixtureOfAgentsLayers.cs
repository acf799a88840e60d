namespace FusionStudio.Domain.Runs;

/// <summary>
/// Mixture-of-Agents' layer count L and what it costs. Layer 1 is the run's N candidates; each of layers 2..L is the
/// same N teacher samples answering again with the previous layer's answers as references; then one fusor call.
/// </summary>
public static class MixtureOfAgentsLayers
{
    public const int Default = 2;

    /// <summary>One layer would be Fusion-of-N itself.</summary>
    public const int Min = 2;

    /// <summary>Every layer past the first costs N more calls with ever longer prompts; beyond four is rarely worth it.</summary>
    public const int Max = 4;

    /// <summary>Proposer calls per prompt: N for each layer after the first.</summary>
    public static int ProposerCalls(int candidatesPerPrompt, int layers) => candidatesPerPrompt * Math.Max(0, layers - 1);

    /// <summary>Mixture-of-Agents' own calls per prompt, beyond the candidates it shares with the other methods: proposers and the fusor.</summary>
    public static int CallsPerPrompt(int candidatesPerPrompt, int layers) => ProposerCalls(candidatesPerPrompt, layers) + 1;

    /// <summary>Why a layer count cannot be used, or null when it can.</summary>
    public static string? Problem(int layers) => layers is < Min or > Max
        ? $"Mixture-of-Agents layers must be between {Min} and {Max} (got {layers}): layer 1 is the candidates, each later layer asks every teacher again."
        : null;
}
