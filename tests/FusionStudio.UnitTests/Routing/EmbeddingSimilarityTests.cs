using System.Numerics.Tensors;
using FusionStudio.Engine.Embeddings;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;

namespace FusionStudio.UnitTests.Routing;

public sealed class EmbeddingSimilarityTests
{
    [Fact]
    public async Task Built_in_vectors_of_paraphrases_are_closer_than_those_of_unrelated_sentences()
    {
        using var builtIn = new BuiltInEmbeddingGenerator();
        string[] texts =
        [
            "A cat is sitting on the mat.",
            "A kitten sits on a rug.",
            "The central bank raised interest rates by half a point.",
            "How do I reverse a list in Python?",
            "What is the way to invert the order of a Python list?",
        ];

        var vectors = (await builtIn.GenerateAsync(texts)).Select(e => EmbeddingVectors.Normalized(e.Vector.Span)).ToList();

        Assert.All(vectors, v => Assert.Equal(BuiltInEmbeddingGenerator.Dimensions, v.Length));
        var catKitten = TensorPrimitives.Dot(vectors[0], vectors[1]);
        var pythonPair = TensorPrimitives.Dot(vectors[3], vectors[4]);
        Assert.True(catKitten > TensorPrimitives.Dot(vectors[0], vectors[2]) + 0.3f, $"cat/kitten {catKitten}");
        Assert.True(pythonPair > TensorPrimitives.Dot(vectors[3], vectors[2]) + 0.3f, $"python pair {pythonPair}");
        Assert.True(pythonPair > TensorPrimitives.Dot(vectors[3], vectors[0]) + 0.3f);
    }

    [Fact]
    public async Task The_longest_logged_query_embeds_like_any_other()
    {
        using var builtIn = new BuiltInEmbeddingGenerator();
        var longest = File.ReadLines(RoutingLogSample.FilePath)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("query").GetString()!)
            .MaxBy(q => q.Length)!;

        var vector = (await builtIn.GenerateAsync([longest]))[0].Vector;

        Assert.True(longest.Length > 2_000);
        Assert.Equal(BuiltInEmbeddingGenerator.Dimensions, vector.Length);
        Assert.True(TensorPrimitives.Norm(vector.Span) > 0);
    }

    [Fact]
    public void The_fake_servers_vectors_are_deterministic_unit_and_closer_for_texts_sharing_words()
    {
        var a = FakeEmbedding.For("How many apples does Tom have left?");
        var b = FakeEmbedding.For("How many apples does Anna have now?");
        var c = FakeEmbedding.For("Translate this sentence into French, please.");

        Assert.Equal(a, FakeEmbedding.For("How many apples does Tom have left?"));
        Assert.Equal(1f, TensorPrimitives.Norm(a), 5);
        Assert.True(TensorPrimitives.Dot(a, b) > TensorPrimitives.Dot(a, c) + 0.3f);
    }

    [Fact]
    public void The_index_finds_the_nearest_vectors_most_similar_first_and_honours_the_filter()
    {
        var vectors = new[] { "apples and pears", "apples and plums", "trains and buses", "apples" }.Select(FakeEmbedding.For).ToList();
        var index = new VectorIndex(vectors);

        var nearest = index.Nearest(FakeEmbedding.For("apples"), 2);
        var filtered = index.Nearest(FakeEmbedding.For("apples"), 2, i => i != 3);

        Assert.Equal(3, nearest[0].Index);
        Assert.Equal(1f, nearest[0].Similarity, 5);
        Assert.True(nearest[0].Similarity >= nearest[1].Similarity);
        Assert.DoesNotContain(filtered, n => n.Index == 3);
        Assert.DoesNotContain(filtered, n => n.Index == 2);
    }
}
