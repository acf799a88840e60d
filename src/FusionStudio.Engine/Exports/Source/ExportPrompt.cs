using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Exports;

/// <summary>A prompt of the run as exports need it.</summary>
public sealed record ExportPrompt(long PromptId, int Ordinal, string? ExternalId, string Text, IReadOnlyList<PromptMessage> Messages, string Language, string Task)
{
    /// <summary>The dataset's reference answer, when it has one.</summary>
    public string? Reference { get; init; }

    /// <summary>The conversation the teachers were sent: the chat if there is one, else the text as one user message.</summary>
    public IReadOnlyList<PromptMessage> Conversation => Messages.Count > 0 ? Messages : [new PromptMessage(ChatRole.User, Text)];
}
