using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Embeddings;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Jobs.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Routing;

public sealed class EmbeddingStoreTests
{
    private static readonly string[] _texts =
    [
        "How many apples does Tom have left?",
        "How many apples does Anna have now?",
        "Translate this sentence into French.",
    ];

    [Fact]
    public async Task A_providers_embedding_model_is_called_over_http_once_and_its_vectors_are_stored_once_per_text()
    {
        await using var host = await PipelineHost.StartAsync();
        var key = EmbeddingModelKey.ForProvider(await AddProviderAsync(host), "fake-embed");
        var models = host.App.Services.GetRequiredService<EmbeddingModels>();

        var first = await models.EmbedAsync(key, [.. _texts, _texts[0]]);

        Assert.Equal((0, 3), (first.FromStore, first.Generated));
        Assert.Equal(4, first.Vectors.Count);
        for (var i = 0; i < _texts.Length; i++)
        {
            Assert.Equal(FakeEmbedding.For(_texts[i]), first.Vectors[i], new FloatTolerance());
        }

        Assert.Equal(first.Vectors[0], first.Vectors[3]);
        var request = Assert.Single(host.Models.RequestLog.Snapshot(), r => r.Kind == FakeRequestKind.Embeddings);
        Assert.Equal(("fake-embed", 200), (request.Model, request.StatusCode));
        Assert.Equal(_texts, request.Messages.Select(m => m.Content));

        var second = await models.EmbedAsync(key, [_texts[1], "A new question about apples?"]);

        Assert.Equal((1, 1), (second.FromStore, second.Generated));
        var requests = host.Models.RequestLog.Snapshot().Where(r => r.Kind == FakeRequestKind.Embeddings).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(["A new question about apples?"], requests[1].Messages.Select(m => m.Content));
        await using var db = host.App.CreateDbContext();
        Assert.Equal(4, await db.TextEmbeddings.CountAsync(e => e.Model == key));
        Assert.All(await db.TextEmbeddings.ToListAsync(), e => Assert.Equal(FakeEmbedding.Dimensions * sizeof(float), e.Vector.Length));
    }

    [Fact]
    public async Task The_same_text_under_another_model_is_embedded_and_stored_apart()
    {
        await using var host = await PipelineHost.StartAsync();
        var providerId = await AddProviderAsync(host);
        var models = host.App.Services.GetRequiredService<EmbeddingModels>();

        await models.EmbedAsync(EmbeddingModelKey.ForProvider(providerId, "embed-a"), _texts);
        var other = await models.EmbedAsync(EmbeddingModelKey.ForProvider(providerId, "embed-b"), _texts);

        Assert.Equal(3, other.Generated);
        Assert.Equal(2, host.Requests(FakeRequestKind.Embeddings));
        await using var db = host.App.CreateDbContext();
        Assert.Equal(6, await db.TextEmbeddings.CountAsync());
    }

    [Fact]
    public async Task An_unknown_provider_is_named_in_the_error()
    {
        await using var host = await PipelineHost.StartAsync();
        var models = host.App.Services.GetRequiredService<EmbeddingModels>();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => models.EmbedAsync(EmbeddingModelKey.ForProvider(4242, "x"), _texts));

        Assert.Contains("Provider 4242", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Requests(FakeRequestKind.Embeddings));
    }

    internal static async Task<int> AddProviderAsync(PipelineHost host)
    {
        await using var db = host.App.CreateDbContext();
        var provider = new Provider { Name = "embeddings-" + Guid.NewGuid().ToString("N")[..8], BaseUrl = host.Models.BaseUrl, CreatedAt = DateTimeOffset.UtcNow };
        db.Providers.Add(provider);
        await db.SaveChangesAsync();
        return provider.Id;
    }

    private sealed class FloatTolerance : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) < 1e-6f;

        public int GetHashCode(float obj) => 0;
    }
}
