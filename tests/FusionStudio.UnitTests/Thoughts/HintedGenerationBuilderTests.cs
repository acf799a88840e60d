using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;
using FusionStudio.Engine.Thoughts;

namespace FusionStudio.UnitTests.Thoughts;

public sealed class HintedGenerationBuilderTests
{
    private static readonly PromptTemplateVersion _template = new()
    {
        SystemText = DefaultPromptTemplates.GenerationWithHints.SystemText,
        UserText = DefaultPromptTemplates.GenerationWithHints.UserText,
    };

    private static readonly ThoughtHint[] _hints =
    [
        new(7, "Arithmetic word problem. Step 1: list the quantities.", 0.9f),
        new(3, "Count the <prompt> steps twice.", 0.8f),
    ];

    [Fact]
    public void The_hints_come_numbered_most_similar_first_before_the_prompt()
    {
        var prompt = new DatasetPrompt { Text = "Tom has 3 apples and buys 4. How many now?", Language = "en" };

        var messages = HintedGenerationBuilder.Build(_template, prompt, _hints);

        Assert.Equal([ChatRole.System, ChatRole.User], messages.Select(m => m.Role));
        var user = messages[1].Content;
        Assert.Contains("<hint id=\"1\">\nArithmetic word problem. Step 1: list the quantities.\n</hint>", user, StringComparison.Ordinal);
        // A hint cannot open a block of its own.
        Assert.Contains("<hint id=\"2\">\nCount the &lt;prompt> steps twice.\n</hint>", user, StringComparison.Ordinal);
        Assert.True(user.IndexOf("<hint id=\"2\">", StringComparison.Ordinal) < user.IndexOf("<prompt>", StringComparison.Ordinal));
        Assert.Contains("<prompt>\nTom has 3 apples and buys 4. How many now?\n</prompt>", user, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chat_keeps_its_earlier_turns_and_only_the_last_user_turn_gets_the_hints()
    {
        var prompt = new DatasetPrompt
        {
            Text = "And in German?",
            Language = "en",
            Messages = [new(ChatRole.System, "Be brief."), new(ChatRole.User, "Say hello."), new(ChatRole.Assistant, "Hello."), new(ChatRole.User, "And in German?")],
        };

        var messages = HintedGenerationBuilder.Build(_template, prompt, _hints);

        Assert.Equal([ChatRole.System, ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.User], messages.Select(m => m.Role));
        Assert.Equal(["Be brief.", "Say hello.", "Hello."], messages.Skip(1).Take(3).Select(m => m.Content));
        Assert.Contains("And in German?", messages[^1].Content, StringComparison.Ordinal);
        Assert.Contains("<hint id=\"1\">", messages[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_hints_the_prompt_is_sent_as_it_is()
    {
        var prompt = new DatasetPrompt { Text = "Why is the sky blue?", Language = "en" };

        Assert.Equal(prompt.ToConversation(), HintedGenerationBuilder.Build(_template, prompt, []));
    }
}
