namespace FusionStudio.Engine.Embeddings;

/// <summary>Where vectors are kept once per (embedding model, text hash): the database, in the app.</summary>
public interface IEmbeddingStore
{
    /// <summary>The stored vectors among <paramref name="hashes"/>, keyed by the hash as lowercase hex.</summary>
    Task<IReadOnlyDictionary<string, float[]>> FindAsync(string model, IReadOnlyCollection<byte[]> hashes, CancellationToken cancellationToken);

    /// <summary>Stores new vectors; one stored meanwhile by someone else for the same (model, hash) is kept.</summary>
    Task AddAsync(string model, IReadOnlyList<(byte[] Hash, float[] Vector)> vectors, CancellationToken cancellationToken);
}
