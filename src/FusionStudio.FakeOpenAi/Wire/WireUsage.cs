namespace FusionStudio.FakeOpenAi.Wire;

public sealed record WireUsage(int PromptTokens, int CompletionTokens, int TotalTokens);
