namespace FusionStudio.Web.Serving.Wire;

/// <summary>Tokens of every call the request made (teachers and fusor), summed.</summary>
public sealed record ChatUsage(int PromptTokens, int CompletionTokens, int TotalTokens);
