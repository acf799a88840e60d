using Microsoft.ML;
using Microsoft.ML.Data;

namespace FusionStudio.Engine.Routing;

/// <summary>The feature layout of <see cref="FastTreeRouter"/>: the embedding, then a one-hot of the task.</summary>
internal static class FastTreeRows
{
    public static SchemaDefinition Schema(int size)
    {
        var schema = SchemaDefinition.Create(typeof(FastTreeRow));
        schema[nameof(FastTreeRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }

    public static float[] Features(RoutingQuery query, IReadOnlyList<string> tasks, int dimensions)
    {
        var vector = query.Vector ?? throw new ArgumentException($"Query \"{query.Key}\" has no embedding.", nameof(query));
        if (vector.Length != dimensions)
        {
            throw new ArgumentException($"Query \"{query.Key}\" has a {vector.Length}-dimensional embedding; the router was trained on {dimensions}.", nameof(query));
        }

        var features = new float[dimensions + tasks.Count];
        vector.CopyTo(features, 0);
        for (var t = 0; t < tasks.Count; t++)
        {
            if (string.Equals(tasks[t], query.Task, StringComparison.Ordinal))
            {
                features[dimensions + t] = 1;
            }
        }

        return features;
    }
}
