using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.UnitTests.Prompts;

public sealed class PromptPreviewTests
{
    [Theory]
    [InlineData(PromptTemplateKind.Fusor)]
    [InlineData(PromptTemplateKind.PointwiseJudge)]
    [InlineData(PromptTemplateKind.PairwiseJudge)]
    public void Sample_values_fill_every_placeholder_of_the_kind(PromptTemplateKind kind) =>
        Assert.Equal(PromptPlaceholders.Allowed(kind).Order(), PromptPreview.SampleValues(kind).Keys.Order());

    [Fact]
    public void The_default_fusor_preview_shows_three_sample_candidates()
    {
        var template = DefaultPromptTemplates.Fusor;

        var messages = PromptPreview.Render(PromptTemplateKind.Fusor, template.SystemText, template.UserText);

        var user = messages[^1].Content;
        Assert.Equal(3, PromptPreview.SampleCandidates.Count);
        Assert.Contains("<candidate id=\"3\">", user, StringComparison.Ordinal);
        Assert.DoesNotContain("<candidate id=\"4\">", user, StringComparison.Ordinal);
        Assert.Contains(PromptPreview.SamplePrompt, user, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_of_another_kind_stays_visible_in_the_preview()
    {
        var messages = PromptPreview.Render(PromptTemplateKind.PointwiseJudge, "", "{{prompt}} {{candidates}}");

        Assert.EndsWith("{{candidates}}", Assert.Single(messages).Content, StringComparison.Ordinal);
    }
}
