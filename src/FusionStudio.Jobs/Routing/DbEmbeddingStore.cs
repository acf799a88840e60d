using FusionStudio.Data;
using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Embeddings;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Routing;

/// <summary>Vectors in the <c>TextEmbeddings</c> table, one row per (model, text hash), on either database.</summary>
public sealed class DbEmbeddingStore(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock) : IEmbeddingStore
{
    public async Task<IReadOnlyDictionary<string, float[]>> FindAsync(string model, IReadOnlyCollection<byte[]> hashes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TextEmbeddings.AsNoTracking()
            .Where(e => e.Model == model && hashes.Contains(e.TextHash))
            .Select(e => new { e.TextHash, e.Vector })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => Convert.ToHexStringLower(r.TextHash), r => EmbeddingVectors.FromBytes(r.Vector), StringComparer.Ordinal);
    }

    public async Task AddAsync(string model, IReadOnlyList<(byte[] Hash, float[] Vector)> vectors, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hashes = vectors.Select(v => v.Hash).ToList();
        var present = (await db.TextEmbeddings.AsNoTracking().Where(e => e.Model == model && hashes.Contains(e.TextHash))
            .Select(e => e.TextHash).ToListAsync(cancellationToken)).Select(Convert.ToHexStringLower).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        db.TextEmbeddings.AddRange(vectors
            .Where(v => present.Add(Convert.ToHexStringLower(v.Hash)))
            .Select(v => new TextEmbedding
            {
                Model = model,
                TextHash = v.Hash,
                Dimensions = v.Vector.Length,
                Vector = EmbeddingVectors.ToBytes(v.Vector),
                CreatedAt = now,
            }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process may have embedded the same texts meanwhile: theirs are as good as ours.
            if (!await AllPresentAsync(model, hashes, cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task<bool> AllPresentAsync(string model, List<byte[]> hashes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TextEmbeddings.CountAsync(e => e.Model == model && hashes.Contains(e.TextHash), cancellationToken) == hashes.Count;
    }
}
