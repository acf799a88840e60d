using Bunit;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;
using FusionStudio.UnitTests.Components;
using FusionStudio.Web.Components.Pages.Library.Prompts;
using FusionStudio.Web.Library;

namespace FusionStudio.UnitTests.Library;

public sealed class PromptEditorTests : MudTestContext
{
    [Fact]
    public void An_unknown_placeholder_is_shown_under_the_field_that_has_it()
    {
        var editor = RenderEditor(system: "Answer in {{langauge}}.", user: "{{prompt}}\n\n{{candidates}}");

        var systemProblems = editor.Find("[data-testid=system-problems]").TextContent;
        Assert.Contains("Unknown placeholder {{langauge}}", systemProblems, StringComparison.Ordinal);
        Assert.Empty(editor.FindAll("[data-testid=user-problems]"));
    }

    [Fact]
    public void A_missing_required_placeholder_is_shown_under_the_user_text()
    {
        var editor = RenderEditor(system: "", user: "{{prompt}} only");

        Assert.Contains("Missing placeholder {{candidates}}", editor.Find("[data-testid=user-problems]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_renders_the_sample_prompt_and_candidates()
    {
        var editor = RenderEditor(system: "Reply in {{language}}.", user: "Request: {{prompt}}\n{{candidates}}");

        var messages = editor.FindAll("[data-testid=preview-message]").Select(m => m.TextContent).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal($"Reply in {LanguageNames.Describe(PromptPreview.SampleLanguage)}.", messages[0]);
        Assert.Contains("Request: " + PromptPreview.SamplePrompt, messages[1], StringComparison.Ordinal);
        Assert.Contains(PromptPreview.SampleCandidates[2], messages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("{{prompt}}", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_updates_the_problems_and_the_preview()
    {
        var editor = RenderEditor(system: "", user: "{{prompt}}\n{{candidates}}");
        Assert.Empty(editor.FindAll("[data-testid=user-problems]"));

        editor.Find("[data-testid=user-text] textarea, textarea[data-testid=user-text]").Input("Question: {{prompt}} {{promt}}\n{{candidates}}");

        editor.WaitForAssertion(
            () => Assert.Contains("Unknown placeholder {{promt}}", editor.Find("[data-testid=user-problems]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));
        var preview = editor.Find("[data-testid=preview-message]").TextContent;
        Assert.Contains("Question: " + PromptPreview.SamplePrompt + " {{promt}}", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_template_is_submitted_and_an_invalid_one_is_not()
    {
        var submitted = 0;
        var input = new PromptTemplateInput { Name = "Judge", Kind = PromptTemplateKind.PointwiseJudge, UserText = "{{prompt}} {{response_a}}" };
        var editor = Render<PromptTextEditor>(parameters => parameters
            .Add(p => p.Input, input)
            .Add(p => p.IsNew, true)
            .Add(p => p.OnSubmit, () => submitted++));

        editor.Find("[data-testid=save-template]").Click();
        Assert.Equal(0, submitted);

        editor.Find("[data-testid=user-text] textarea, textarea[data-testid=user-text]").Input("{{prompt}} {{response}}");
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=user-problems]")), TimeSpan.FromSeconds(5));
        editor.Find("[data-testid=save-template]").Click();
        editor.WaitForAssertion(() => Assert.Equal(1, submitted));
    }

    private IRenderedComponent<PromptTextEditor> RenderEditor(string system, string user) =>
        Render<PromptTextEditor>(parameters => parameters
            .Add(p => p.Input, new PromptTemplateInput { Name = "Mine", Kind = PromptTemplateKind.Fusor, SystemText = system, UserText = user })
            .Add(p => p.IsNew, true));
}
