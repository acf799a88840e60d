namespace FusionStudio.FakeOpenAi.Wire;

public sealed record ChunkChoice(int Index, ChunkDelta Delta, string? FinishReason);
