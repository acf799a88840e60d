using FusionStudio.FakeOpenAi.Wire;

namespace FusionStudio.FakeOpenAi.Endpoints;

/// <summary>What a successful (or quietly faulty) chat completion answers with.</summary>
internal sealed record CompletedAnswer(string Id, long Created, string Model, string Content, string FinishReason, WireUsage Usage);
