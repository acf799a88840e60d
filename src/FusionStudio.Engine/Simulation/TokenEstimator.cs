namespace FusionStudio.Engine.Simulation;

/// <summary>
/// A rough, deterministic token count (about four characters a token, as OpenAI documents for English). Good enough
/// for simulated usage and cost; never used to bill a real provider.
/// </summary>
public static class TokenEstimator
{
    public const int CharactersPerToken = 4;

    /// <summary>Tokens a chat message adds beyond its text (role and delimiters).</summary>
    public const int MessageOverheadTokens = 4;

    public static int Estimate(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : (text.Length + CharactersPerToken - 1) / CharactersPerToken;

    public static int EstimatePrompt(IEnumerable<SimulationMessage> messages) =>
        messages.Sum(message => Estimate(message.Content) + MessageOverheadTokens);

    /// <summary>The longest prefix that fits in <paramref name="maxTokens"/>, never splitting a surrogate pair.</summary>
    public static string Truncate(string text, int maxTokens)
    {
        var length = Math.Max(0, maxTokens) * CharactersPerToken;
        if (text.Length <= length)
        {
            return text;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
