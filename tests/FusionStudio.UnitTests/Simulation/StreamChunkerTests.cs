using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

public sealed class StreamChunkerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("One")]
    [InlineData("Several words,  double spaces\nand\n\nnew lines. ")]
    [InlineData("为什么天空是蓝色的？因为瑞利散射使短波长的蓝光散射得更多，所以我们看到的天空是蓝色的。")]
    [InlineData("Emoji 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 in a long run without spaces 😀😀😀😀😀😀😀")]
    public void Chunks_concatenate_to_the_exact_text(string text) =>
        Assert.Equal(text, string.Concat(StreamChunker.Split(text)));

    [Fact]
    public void Long_answers_come_in_several_chunks() =>
        Assert.True(StreamChunker.Split(Ask.Model("sim-detailed").Text).Count() > 5);

    [Fact]
    public void Chunks_never_split_a_surrogate_pair() =>
        Assert.All(StreamChunker.Split(new string('x', 23) + "😀😀😀"), chunk => Assert.False(char.IsHighSurrogate(chunk[^1])));
}
