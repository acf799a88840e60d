using FusionStudio.Engine.Attribution;

namespace FusionStudio.UnitTests.Attribution;

public sealed class AttributionTokenizerTests
{
    [Fact]
    public void Words_are_split_on_spaces_and_punctuation_and_compared_without_case()
    {
        var tokens = AttributionTokenizer.Tokenize("Hello, World! It's 2026.");

        Assert.Equal(["hello", "world", "it", "s", "2026"], tokens.Select(t => t.Key));
        Assert.Equal((7, 5), (tokens[1].Start, tokens[1].Length));
        Assert.All(tokens, t => Assert.False(t.IsCharacter));
    }

    [Fact]
    public void Scripts_without_spaces_give_one_token_per_character()
    {
        var chinese = AttributionTokenizer.Tokenize("天空是蓝色");
        var thai = AttributionTokenizer.Tokenize("ท้องฟ้า");

        Assert.Equal(["天", "空", "是", "蓝", "色"], chinese.Select(t => t.Key));
        Assert.All(chinese, t => Assert.True(t.IsCharacter));
        // Thai vowel and tone marks stay with their consonant.
        Assert.Equal(["ท้", "อ", "ง", "ฟ้", "า"], thai.Select(t => t.Key));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_keep_both_halves()
    {
        var tokens = AttributionTokenizer.Tokenize("𠀀𠀁 ok");

        Assert.Equal([(0, 2), (2, 2), (5, 2)], tokens.Select(t => (t.Start, t.Length)));
    }

    [Fact]
    public void Arabic_words_keep_their_marks()
    {
        var tokens = AttributionTokenizer.Tokenize("مَرْحَبًا بِكُم");

        Assert.Equal(2, tokens.Count);
        Assert.Equal("مَرْحَبًا".Length, tokens[0].Length);
    }
}
