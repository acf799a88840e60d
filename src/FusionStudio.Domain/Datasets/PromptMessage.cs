namespace FusionStudio.Domain.Datasets;

/// <summary>One message of a chat-shaped prompt.</summary>
public sealed record PromptMessage(ChatRole Role, string Content);
