namespace FusionStudio.Web.Serving.Wire;

public sealed record ChunkDelta(string? Role, string? Content);
