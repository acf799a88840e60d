namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>OpenAI's error body: <c>{"error": {"message", "type", "param", "code"}}</c>.</summary>
public sealed record OpenAiErrorEnvelope(OpenAiError Error);
