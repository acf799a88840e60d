using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Thoughts;

namespace FusionStudio.UnitTests.Thoughts;

public sealed class ThoughtTemplateIndexTests
{
    private static float[] Unit(params float[] values) => EmbeddingVectors.Normalized(values);

    private static ThoughtTemplateIndex Index() => new(
        [(1, "math", "math near"), (2, "math", "math far"), (3, "code", "code nearest"), (4, "math", "math middle"), (5, "math", "math farthest")],
        [Unit(1, 0.1f, 0), Unit(0, 1, 0), Unit(1, 0, 0), Unit(1, 0.5f, 0), Unit(0, 0, 1)]);

    [Fact]
    public void A_prompt_gets_the_three_most_similar_templates_of_its_own_task_most_similar_first()
    {
        var hints = Index().Retrieve(Unit(1, 0, 0), "math");

        // Template 3 is the closest of all but belongs to another task.
        Assert.Equal([1L, 4, 2], hints.Select(h => h.TemplateId));
        Assert.True(hints[0].Similarity > hints[1].Similarity && hints[1].Similarity > hints[2].Similarity);
    }

    [Fact]
    public void A_prompt_of_an_unknown_task_or_none_searches_every_template()
    {
        Assert.Equal([3L, 1, 4], Index().Retrieve(Unit(1, 0, 0), "poetry").Select(h => h.TemplateId));
        Assert.Equal([3L, 1, 4], Index().Retrieve(Unit(1, 0, 0), null).Select(h => h.TemplateId));
    }

    [Fact]
    public void A_task_with_fewer_templates_than_asked_gives_what_it_has()
    {
        Assert.Equal([3L], Index().Retrieve(Unit(1, 0, 0), "code").Select(h => h.TemplateId));
        Assert.Empty(new ThoughtTemplateIndex([], []).Retrieve(Unit(1, 0, 0), "math"));
    }
}
