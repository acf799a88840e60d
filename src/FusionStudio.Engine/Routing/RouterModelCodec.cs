using System.Text.Json;
using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Embeddings;
using Microsoft.ML;

namespace FusionStudio.Engine.Routing;

/// <summary>
/// A trained router as bytes and back, so a stored router routes without its logs: JSON holding the per-task means,
/// the kNN points, or the FastTree regressors as ML.NET model files.
/// </summary>
public static class RouterModelCodec
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static byte[] Write(IRoutePredictor router)
    {
        ArgumentNullException.ThrowIfNull(router);
        var document = router switch
        {
            TaskBestRouter best => new Document { Algorithm = RouterAlgorithm.TaskBest, Models = [.. best.Models], Means = Means(best.Means) },
            KnnRouter knn => new Document
            {
                Algorithm = RouterAlgorithm.Knn,
                Models = [.. knn.Models],
                K = knn.K,
                Points = knn.Points.Select(p => new PointDocument(p.Task, EmbeddingVectors.ToBytes(p.Vector), p.Performance, p.Cost)).ToList(),
            },
            FastTreeRouter trees => new Document
            {
                Algorithm = RouterAlgorithm.FastTree,
                Models = [.. trees.Models],
                Tasks = [.. trees.Tasks],
                Dimensions = trees.Dimensions,
                Seed = trees.Seed,
                Means = Means(trees.Costs),
                Regressors = trees.Regressors.Select(r => Save(r, trees.Dimensions + trees.Tasks.Count)).ToList(),
            },
            _ => throw new NotSupportedException($"{router.GetType().Name} cannot be stored."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, _json);
    }

    /// <exception cref="InvalidDataException">Bytes that are not a stored router.</exception>
    public static IRoutePredictor Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Document document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(bytes, _json) ?? throw new InvalidDataException("The stored router is empty.");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException("The stored router cannot be read.", error);
        }

        return document.Algorithm switch
        {
            RouterAlgorithm.TaskBest => new TaskBestRouter(document.Models, Means(document.Means!)),
            RouterAlgorithm.Knn => new KnnRouter(document.Models, document.K, document.Points!
                .Select(p => new KnnPoint(p.Task, EmbeddingVectors.FromBytes(p.Vector), p.Performance, p.Cost)).ToList()),
            RouterAlgorithm.FastTree => new FastTreeRouter(
                document.Models, document.Tasks!, document.Dimensions, document.Regressors!.Select(r => Load(r, document.Seed)).ToList(),
                Means(document.Means!), document.Seed),
            _ => throw new InvalidDataException($"Unknown router algorithm {document.Algorithm}."),
        };
    }

    private static MeansDocument Means(TaskMeans means) => new(
        means.Tasks.ToDictionary(t => t.Key, t => new PredictionDocument(t.Value.Performance, t.Value.Cost)),
        new PredictionDocument(means.Overall.Performance, means.Overall.Cost));

    private static TaskMeans Means(MeansDocument means) => new(
        means.Tasks.ToDictionary(t => t.Key, t => new RoutePrediction(t.Value.Performance, t.Value.Cost), StringComparer.Ordinal),
        new RoutePrediction(means.Overall.Performance, means.Overall.Cost));

    private static byte[] Save(ITransformer model, int size)
    {
        using var stream = new MemoryStream();
        new MLContext().Model.Save(model, new MLContext().Data.LoadFromEnumerable(Array.Empty<FastTreeRow>(), FastTreeRows.Schema(size)).Schema, stream);
        return stream.ToArray();
    }

    private static ITransformer Load(byte[] bytes, int seed)
    {
        using var stream = new MemoryStream(bytes);
        return new MLContext(seed).Model.Load(stream, out _);
    }

    private sealed class Document
    {
        public RouterAlgorithm Algorithm { get; set; }

        public List<string> Models { get; set; } = [];

        public MeansDocument? Means { get; set; }

        public int K { get; set; }

        public List<PointDocument>? Points { get; set; }

        public List<string>? Tasks { get; set; }

        public int Dimensions { get; set; }

        public int Seed { get; set; }

        public List<byte[]>? Regressors { get; set; }
    }

    private sealed record MeansDocument(Dictionary<string, PredictionDocument> Tasks, PredictionDocument Overall);

    private sealed record PredictionDocument(double[] Performance, double[] Cost);

    private sealed record PointDocument(string Task, byte[] Vector, double[] Performance, double[] Cost);
}
