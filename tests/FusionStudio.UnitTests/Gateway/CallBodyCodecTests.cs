using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;

namespace FusionStudio.UnitTests.Gateway;

public sealed class CallBodyCodecTests
{
    [Fact]
    public void Messages_come_back_as_they_were_sent()
    {
        PromptMessage[] messages = [new(ChatRole.System, "Fuse the candidates."), new(ChatRole.User, "Wie spät ist es? 你好")];

        var body = CallBodyCodec.EncodeMessages(messages);

        Assert.Equal(messages, CallBodyCodec.DecodeMessages(body));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(600_000)]
    public void Texts_of_any_length_come_back_and_repeated_text_is_stored_smaller(int length)
    {
        var text = string.Concat(Enumerable.Repeat("The tide follows the moon. ", length / 27 + 1))[..length];

        var body = CallBodyCodec.EncodeText(text)!;

        Assert.Equal(text, CallBodyCodec.DecodeText(body));
        if (length > 1_000)
        {
            Assert.True(body.Length < length / 10, $"{length} characters were stored in {body.Length} bytes");
        }
    }

    [Fact]
    public void No_text_is_no_body() => Assert.Null(CallBodyCodec.EncodeText(null));
}
