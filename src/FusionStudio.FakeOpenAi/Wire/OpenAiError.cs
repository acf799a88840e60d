namespace FusionStudio.FakeOpenAi.Wire;

public sealed record OpenAiError(string Message, string Type, string? Param, string? Code);
