using FusionStudio.Engine.Prompts;

namespace FusionStudio.UnitTests.Prompts;

public sealed class LanguageNamesTests
{
    [Theory]
    [InlineData("de", "German")]
    [InlineData("ar", "Arabic")]
    [InlineData("zh", "Chinese")]
    [InlineData("xx-not-a-language", "xx-not-a-language")]
    public void Languages_are_named_for_the_model(string tag, string expected) =>
        Assert.Equal(expected, LanguageNames.Describe(tag));

    [Fact]
    public void The_fusor_is_told_the_language_by_name()
    {
        var values = PromptValues.Fusor("Wie entstehen Gezeiten?", "de", ["Durch den Mond."]);
        Assert.Equal("German", values[PromptPlaceholders.Language]);
    }
}
