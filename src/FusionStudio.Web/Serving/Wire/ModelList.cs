namespace FusionStudio.Web.Serving.Wire;

/// <summary>The answer of <c>GET /v1/models</c>: every recipe, as a model.</summary>
public sealed record ModelList(string Object, IReadOnlyList<ModelEntry> Data);
