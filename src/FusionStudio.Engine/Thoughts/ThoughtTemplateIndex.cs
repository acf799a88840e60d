using FusionStudio.Engine.Embeddings;

namespace FusionStudio.Engine.Thoughts;

/// <summary>
/// Retrieves thought templates for a new prompt: the past queries most similar to it (cosine of unit embeddings) of
/// the same task, or of every task when the prompt's task has no templates. Built once per set and used for every
/// prompt of a run, so a lookup is one scan of the set's vectors.
/// </summary>
public sealed class ThoughtTemplateIndex
{
    /// <summary>How many templates a prompt gets, as in FusionFactory's thought level.</summary>
    public const int HintsPerPrompt = 3;

    private readonly VectorIndex _vectors;
    private readonly IReadOnlyList<(long Id, string Task, string Text)> _templates;
    private readonly Dictionary<string, int[]> _byTask;

    public ThoughtTemplateIndex(IReadOnlyList<(long Id, string Task, string Text)> templates, IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(vectors);
        if (templates.Count != vectors.Count)
        {
            throw new ArgumentException($"{templates.Count} templates but {vectors.Count} vectors.", nameof(vectors));
        }

        _templates = templates;
        _vectors = new VectorIndex(vectors);
        _byTask = templates.Select((t, i) => (t.Task, i)).GroupBy(x => x.Task, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);
    }

    public int Count => _templates.Count;

    /// <summary>The templates of the <paramref name="k"/> most similar past queries, most similar first.</summary>
    public IReadOnlyList<ThoughtHint> Retrieve(ReadOnlySpan<float> prompt, string? task, int k = HintsPerPrompt)
    {
        if (Count == 0)
        {
            return [];
        }

        IReadOnlyList<(int Index, float Similarity)> nearest;
        if (task is not null && _byTask.TryGetValue(task, out var own))
        {
            nearest = NearestAmong(prompt, own, k);
        }
        else
        {
            nearest = _vectors.Nearest(prompt, k);
        }

        return nearest.Select(n => new ThoughtHint(_templates[n.Index].Id, _templates[n.Index].Text, n.Similarity)).ToList();
    }

    // Scans only the task's own rows, so a set of many tasks costs one task's share per prompt.
    private IReadOnlyList<(int Index, float Similarity)> NearestAmong(ReadOnlySpan<float> prompt, int[] rows, int k)
    {
        var best = new PriorityQueue<int, (float Similarity, int Negated)>(k + 1);
        foreach (var row in rows)
        {
            var similarity = System.Numerics.Tensors.TensorPrimitives.Dot(prompt, _vectors[row]);
            best.Enqueue(row, (similarity, -row));
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
