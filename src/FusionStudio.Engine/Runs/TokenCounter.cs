using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace FusionStudio.Engine.Runs;

/// <summary>
/// Real token counts for estimates, with OpenAI's tokenizers (their data ships in the packages, nothing is
/// downloaded): cl100k_base for GPT-4 and GPT-3.5 models, o200k_base for the rest — exact for GPT-4o and newer,
/// and closer than four characters a token for other models' non-English text.
/// </summary>
public static class TokenCounter
{
    private static readonly Lazy<Tokenizer> _o200k = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));
    private static readonly Lazy<Tokenizer> _cl100k = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));
    private static readonly ConcurrentDictionary<string, Tokenizer> _byModel = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tokens of <paramref name="text"/> with o200k_base.</summary>
    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : _o200k.Value.CountTokens(text);

    /// <summary>The tokens of <paramref name="text"/> with the encoding of <paramref name="model"/>.</summary>
    public static int Count(string? text, string model) =>
        string.IsNullOrEmpty(text) ? 0 : _byModel.GetOrAdd(model ?? "", For).CountTokens(text);

    private static Tokenizer For(string model) =>
        model.StartsWith("gpt-4", StringComparison.OrdinalIgnoreCase) && !model.StartsWith("gpt-4o", StringComparison.OrdinalIgnoreCase)
        || model.StartsWith("gpt-3.5", StringComparison.OrdinalIgnoreCase)
            ? _cl100k.Value
            : _o200k.Value;
}
