using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.UnitTests.Prompts;

public sealed class PromptTemplateValidatorTests
{
    public static TheoryData<BuiltInPromptTemplate> Defaults => new(DefaultPromptTemplates.All);

    [Theory]
    [MemberData(nameof(Defaults))]
    public void The_shipped_templates_are_valid_for_their_kind(BuiltInPromptTemplate template)
    {
        var validation = PromptTemplateValidator.Validate(template.Kind, template.SystemText, template.UserText);

        Assert.True(validation.IsValid, string.Join(" | ", validation.Problems.Select(problem => problem.Message)));
    }

    [Fact]
    public void A_shipped_template_is_invalid_for_another_kind()
    {
        var fusor = DefaultPromptTemplates.Fusor;

        var validation = PromptTemplateValidator.Validate(PromptTemplateKind.PointwiseJudge, fusor.SystemText, fusor.UserText);

        Assert.Equal(["candidates"], validation.UnknownPlaceholders);
        Assert.Equal(["response"], validation.MissingPlaceholders);
    }

    [Fact]
    public void Unknown_placeholders_are_reported_by_name_under_their_field()
    {
        var validation = PromptTemplateValidator.Validate(PromptTemplateKind.Fusor, "Use {{lang}}.", "{{prompt}} {{candidates}} {{ Candidates }}");

        Assert.Equal(["lang", "Candidates"], validation.UnknownPlaceholders);
        Assert.Contains("{{lang}}", Assert.Single(validation.MessagesFor(PromptTemplateField.System)), StringComparison.Ordinal);
        Assert.Contains("Did you mean {{candidates}}?", Assert.Single(validation.MessagesFor(PromptTemplateField.User)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PromptTemplateKind.Fusor, "{{prompt}}", "candidates")]
    [InlineData(PromptTemplateKind.PointwiseJudge, "{{response}}", "prompt")]
    [InlineData(PromptTemplateKind.PairwiseJudge, "{{prompt}} {{response_a}}", "response_b")]
    public void Missing_required_placeholders_are_reported(PromptTemplateKind kind, string userText, string missing)
    {
        var validation = PromptTemplateValidator.Validate(kind, "", userText);

        Assert.Equal([missing], validation.MissingPlaceholders);
        Assert.Contains("{{" + missing + "}}", Assert.Single(validation.MessagesFor(PromptTemplateField.User)), StringComparison.Ordinal);
    }

    [Fact]
    public void Language_is_optional_and_required_ones_may_sit_in_the_system_text() =>
        Assert.True(PromptTemplateValidator.Validate(PromptTemplateKind.PointwiseJudge, "Request: {{prompt}}", "{{response}}").IsValid);

    [Theory]
    [InlineData("{{prompt} and {{candidates}}")]
    [InlineData("{{prompt}} and {{candidates")]
    [InlineData("{prompt}} and {{candidates}}")]
    [InlineData("{{prompt}} {{}} {{candidates}}")]
    [InlineData("{{prompt}} {{two words}} {{candidates}}")]
    public void Broken_braces_are_errors(string userText)
    {
        var validation = PromptTemplateValidator.Validate(PromptTemplateKind.Fusor, "", userText);

        Assert.Contains(validation.Problems, problem => problem.Kind == PromptTemplateProblemKind.UnbalancedBraces && problem.Field == PromptTemplateField.User);
    }

    [Fact]
    public void Brace_errors_say_on_which_line()
    {
        var validation = PromptTemplateValidator.Validate(PromptTemplateKind.Fusor, "", "{{prompt}}\n{{candidates}}\n\n{{oops");

        Assert.Contains("line 4", Assert.Single(validation.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_json_in_an_example_is_not_a_brace_error() =>
        Assert.True(PromptTemplateValidator.Validate(PromptTemplateKind.Fusor, """Example: {"a": {"b": 1}}""", "{{prompt}} {{candidates}}").IsValid);
}
