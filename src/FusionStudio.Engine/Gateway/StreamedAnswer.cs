using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using OpenAI.Chat;

namespace FusionStudio.Engine.Gateway;

/// <summary>A streamed answer as its pieces arrive: the text so far, and the usage and finish reason when a piece carries them.</summary>
internal sealed class StreamedAnswer
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public (int Input, int Output)? Usage { get; private set; }

    public string? FinishReason { get; private set; }

    /// <summary>Whether any piece has been passed to the caller: from then on the attempt cannot be repeated.</summary>
    public bool HandedOn { get; set; }

    public void Read(StreamingChatMessageContent chunk)
    {
        _text.Append(chunk.Content);
        Usage = chunk.Metadata?.GetValueOrDefault("Usage") switch
        {
            ChatTokenUsage usage => (usage.InputTokenCount, usage.OutputTokenCount),
            UsageDetails { InputTokenCount: { } input, OutputTokenCount: { } output } => ((int)input, (int)output),
            _ => Usage,
        };
        if (chunk.Metadata?.GetValueOrDefault("FinishReason")?.ToString() is { Length: > 0 } reason)
        {
            FinishReason = UsageReader.NormalizeFinishReason(reason);
        }
    }
}
