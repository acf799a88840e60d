namespace FusionStudio.Domain.Text;

/// <summary>
/// A rough, deterministic token count (about four characters a token, as OpenAI documents for English). Good enough
/// for estimates, rate-limit budgets, simulated usage and servers that report none; never used to bill a real
/// provider that reports its own counts.
/// </summary>
public static class TokenEstimator
{
    public const int CharactersPerToken = 4;

    /// <summary>Tokens a chat message adds beyond its text (role and delimiters).</summary>
    public const int MessageOverheadTokens = 4;

    public static int Estimate(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : (text.Length + CharactersPerToken - 1) / CharactersPerToken;

    /// <summary>The tokens of a prompt made of these messages' texts, each with its <see cref="MessageOverheadTokens"/>.</summary>
    public static int EstimatePrompt(IEnumerable<string?> messageContents) =>
        messageContents.Sum(content => Estimate(content) + MessageOverheadTokens);

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
