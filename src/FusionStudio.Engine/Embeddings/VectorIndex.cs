using System.Numerics.Tensors;

namespace FusionStudio.Engine.Embeddings;

/// <summary>
/// Nearest neighbours in memory: unit vectors in one flat array, scored with SIMD dot products (cosine, as the vectors
/// are unit length). A linear scan is fast enough for a few hundred thousand logged queries and needs no vector
/// database (pgvector is not packaged for the supported PostgreSQL).
/// </summary>
public sealed class VectorIndex
{
    private readonly float[] _data;

    public VectorIndex(IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        Count = vectors.Count;
        Dimensions = Count == 0 ? 0 : vectors[0].Length;
        _data = new float[Count * Dimensions];
        for (var i = 0; i < Count; i++)
        {
            if (vectors[i].Length != Dimensions)
            {
                throw new ArgumentException($"Vector {i} has {vectors[i].Length} dimensions, not {Dimensions}.", nameof(vectors));
            }

            vectors[i].CopyTo(_data, i * Dimensions);
        }
    }

    public int Count { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> this[int index] => _data.AsSpan(index * Dimensions, Dimensions);

    /// <summary>The <paramref name="k"/> most similar vectors that <paramref name="include"/> admits, most similar first.</summary>
    public IReadOnlyList<(int Index, float Similarity)> Nearest(ReadOnlySpan<float> query, int k, Func<int, bool>? include = null)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions, the index {Dimensions}.", nameof(query));
        }

        // A bounded min-heap keeps the best k seen so far.
        var best = new PriorityQueue<int, (float Similarity, int Negated)>(k + 1);
        for (var i = 0; i < Count; i++)
        {
            if (include is not null && !include(i))
            {
                continue;
            }

            var similarity = TensorPrimitives.Dot(query, this[i]);
            best.Enqueue(i, (similarity, -i));
            if (best.Count > k)
            {
                best.Dequeue();
            }
        }

        var result = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var index, out var priority))
        {
            result.Add((index, priority.Similarity));
        }

        result.Reverse();
        return result;
    }
}
