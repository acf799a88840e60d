using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.UnitTests.Prompts;

public sealed class PromptTemplateRendererTests
{
    private static readonly Dictionary<string, string> s_values = new()
    {
        ["prompt"] = "What is 2 + 2?",
        ["language"] = "en",
        ["response"] = "4",
    };

    [Fact]
    public void Fills_placeholders_in_system_and_user_text()
    {
        var messages = PromptTemplateRenderer.Render(Templates.Version("Answer in {{language}}.", "Q: {{prompt}}\nA: {{response}}"), s_values);

        Assert.Equal(
            [new PromptMessage(ChatRole.System, "Answer in en."), new PromptMessage(ChatRole.User, "Q: What is 2 + 2?\nA: 4")],
            messages);
    }

    [Fact]
    public void Whitespace_inside_the_braces_is_tolerated() =>
        Assert.Equal("[What is 2 + 2?|en]", PromptTemplateRenderer.RenderText("[{{ prompt }}|{{\tlanguage  }}]", s_values));

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Empty_system_text_sends_no_system_message(string systemText)
    {
        var messages = PromptTemplateRenderer.Render(Templates.Version(systemText, "{{prompt}}"), s_values);

        Assert.Equal(ChatRole.User, Assert.Single(messages).Role);
    }

    [Fact]
    public void Values_are_inserted_verbatim_and_never_expanded_again()
    {
        var values = new Dictionary<string, string> { ["prompt"] = "Explain {{response}} and {single} braces.", ["response"] = "X" };

        Assert.Equal("Q: Explain {{response}} and {single} braces.", PromptTemplateRenderer.RenderText("Q: {{prompt}}", values));
    }

    [Fact]
    public void Single_braces_of_json_examples_stay_as_written()
    {
        const string Text = """Reply as {"score": <1-10>} for {{prompt}}""";

        Assert.Equal("""Reply as {"score": <1-10>} for What is 2 + 2?""", PromptTemplateRenderer.RenderText(Text, s_values));
    }

    [Fact]
    public void A_placeholder_without_a_value_is_named_in_the_error()
    {
        var error = Assert.Throws<ArgumentException>(() => PromptTemplateRenderer.RenderText("{{prompt}} {{candidates}}", s_values));

        Assert.Contains("{{candidates}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_leaves_a_placeholder_without_a_value_visible()
    {
        var messages = PromptTemplateRenderer.RenderPreview("", "{{prompt}} {{typo}}", s_values);

        Assert.Equal("What is 2 + 2? {{typo}}", Assert.Single(messages).Content);
    }
}
