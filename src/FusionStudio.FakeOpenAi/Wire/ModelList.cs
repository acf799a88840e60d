namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>The body of <c>GET /v1/models</c>.</summary>
public sealed record ModelList(string Object, IReadOnlyList<ModelEntry> Data);
