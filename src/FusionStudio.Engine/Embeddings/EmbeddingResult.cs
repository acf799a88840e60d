namespace FusionStudio.Engine.Embeddings;

/// <summary>Unit-length vectors in the order of the texts, and how many distinct texts came from the store or the model.</summary>
public sealed record EmbeddingResult(IReadOnlyList<float[]> Vectors, int FromStore, int Generated);
