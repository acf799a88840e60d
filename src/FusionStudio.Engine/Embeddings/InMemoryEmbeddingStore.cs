using System.Collections.Concurrent;

namespace FusionStudio.Engine.Embeddings;

/// <summary>A store that forgets on exit: for benchmarks and one-off evaluations that need no database.</summary>
public sealed class InMemoryEmbeddingStore : IEmbeddingStore
{
    private readonly ConcurrentDictionary<(string Model, string Hash), float[]> _vectors = new();

    public int Count => _vectors.Count;

    public Task<IReadOnlyDictionary<string, float[]>> FindAsync(string model, IReadOnlyCollection<byte[]> hashes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        IReadOnlyDictionary<string, float[]> found = hashes.Select(Convert.ToHexStringLower)
            .Where(h => _vectors.ContainsKey((model, h)))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(h => h, h => _vectors[(model, h)], StringComparer.Ordinal);
        return Task.FromResult(found);
    }

    public Task AddAsync(string model, IReadOnlyList<(byte[] Hash, float[] Vector)> vectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        foreach (var (hash, vector) in vectors)
        {
            _vectors.TryAdd((model, Convert.ToHexStringLower(hash)), vector);
        }

        return Task.CompletedTask;
    }
}
