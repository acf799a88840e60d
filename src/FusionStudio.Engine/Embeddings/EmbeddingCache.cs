using Microsoft.Extensions.AI;

namespace FusionStudio.Engine.Embeddings;

/// <summary>
/// Embeds texts through the store: a (model, text) already stored is read, only the rest reach the generator, in
/// batches, and are stored for next time. Vectors come back unit-length, in the order of the texts.
/// </summary>
public sealed class EmbeddingCache(IEmbeddingStore store)
{
    public const int BatchSize = 64;

    public async Task<EmbeddingResult> EmbedAsync(
        string model, IEmbeddingGenerator<string, Embedding<float>> generator, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(texts);

        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var hashes = distinct.ToDictionary(t => t, EmbeddingVectors.HashOf, StringComparer.Ordinal);
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var chunk in distinct.Chunk(1_000))
        {
            var stored = await store.FindAsync(model, chunk.Select(t => hashes[t]).ToList(), cancellationToken);
            foreach (var text in chunk)
            {
                if (stored.TryGetValue(Convert.ToHexStringLower(hashes[text]), out var vector))
                {
                    found[text] = vector;
                }
            }
        }

        var missing = distinct.Where(t => !found.ContainsKey(t)).ToList();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var generated = await generator.GenerateAsync(batch, cancellationToken: cancellationToken);
            if (generated.Count != batch.Length)
            {
                throw new InvalidOperationException($"The embedding model {model} returned {generated.Count} vectors for {batch.Length} texts.");
            }

            var added = new List<(byte[] Hash, float[] Vector)>(batch.Length);
            for (var i = 0; i < batch.Length; i++)
            {
                var vector = EmbeddingVectors.Normalized(generated[i].Vector.Span);
                found[batch[i]] = vector;
                added.Add((hashes[batch[i]], vector));
            }

            await store.AddAsync(model, added, cancellationToken);
        }

        return new EmbeddingResult(texts.Select(t => found[t]).ToList(), distinct.Count - missing.Count, missing.Count);
    }
}
