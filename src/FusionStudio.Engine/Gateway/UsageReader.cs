using System.Text;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Text;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using SkChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;

namespace FusionStudio.Engine.Gateway;

/// <summary>Tokens and finish reason of an answer, from the connector's metadata.</summary>
internal static class UsageReader
{
    private const int MaxFinishReasonLength = 40;

    /// <summary>
    /// The provider's token counts. Some OpenAI-compatible servers send no usage; then both counts are estimated at
    /// about four characters a token (<see cref="TokenEstimator"/>), so the cost of such calls is approximate.
    /// </summary>
    public static (int Input, int Output) Tokens(SkChatMessageContent content, IReadOnlyList<PromptMessage> messages)
    {
        var reported = content.Metadata?.GetValueOrDefault("Usage") switch
        {
            ChatTokenUsage usage => (usage.InputTokenCount, usage.OutputTokenCount),
            UsageDetails { InputTokenCount: { } input, OutputTokenCount: { } output } => ((int)input, (int)output),
            _ => ((int, int)?)null,
        };
        return reported ?? (EstimatePrompt(messages), TokenEstimator.Estimate(content.Content));
    }

    /// <summary>The prompt's tokens, estimated: for token rate limits and for servers that report no usage.</summary>
    public static int EstimatePrompt(IReadOnlyList<PromptMessage> messages) =>
        TokenEstimator.EstimatePrompt(messages.Select(message => message.Content));

    /// <summary>
    /// OpenAI's wire form (<c>stop</c>, <c>length</c>, <c>content_filter</c>…): the connector reports the enum's name
    /// (<c>Stop</c>), other servers may send their own words.
    /// </summary>
    public static string? FinishReason(SkChatMessageContent content)
    {
        var raw = content.Metadata?.GetValueOrDefault("FinishReason")?.ToString();
        return NormalizeFinishReason(raw);
    }

    /// <summary>A finish reason in OpenAI's wire form, whichever way the connector or server spelled it.</summary>
    public static string? NormalizeFinishReason(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var snake = new StringBuilder(raw.Length + 4);
        foreach (var character in raw.Trim())
        {
            if (char.IsUpper(character) && snake.Length > 0 && snake[^1] != '_')
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(character));
        }

        return snake.Length > MaxFinishReasonLength ? snake.ToString(0, MaxFinishReasonLength) : snake.ToString();
    }
}
