using FusionStudio.Engine.Imports;

namespace FusionStudio.UnitTests.Imports;

public sealed class AnswerLanguageCheckTests
{
    [Theory]
    [InlineData("مرحبا بالعالم، كيف حالك؟", "ar")]
    [InlineData("量子纠缠是什么意思", "zh")]
    [InlineData("Привет, как дела?", "ru")]
    [InlineData("नमस्ते दुनिया, आप कैसे हैं", "hi")]
    [InlineData("안녕하세요 세계", "ko")]
    [InlineData("こんにちは、世界の皆さん", "ja")]
    [InlineData("東京はとても大きい都市です", "ja")]
    [InlineData("שלום עולם, מה שלומך", "he")]
    [InlineData("Γειά σου Κόσμε, τι κάνεις", "el")]
    [InlineData("สวัสดีชาวโลก สบายดีไหม", "th")]
    [InlineData("Hello world, how are you?", "en")]
    public void The_script_names_the_language(string text, string language) => Assert.Equal(language, ScriptLanguage.Guess(text));

    [Theory]
    [InlineData("OK")]
    [InlineData("42 + 17 = 59")]
    public void Too_few_letters_name_no_language(string text) => Assert.Null(ScriptLanguage.Guess(text));

    [Fact]
    public void An_answer_in_another_script_than_its_prompts_language_is_flagged()
    {
        Assert.True(AnswerLanguageCheck.IsWrong("The capital of Egypt is Cairo.", "ar"));
        Assert.False(AnswerLanguageCheck.IsWrong("عاصمة مصر هي القاهرة.", "ar"));
        Assert.True(AnswerLanguageCheck.IsWrong("Die Hauptstadt ist Kairo.", "zh"));
        // Chinese answers quoting Latin code or names keep some Chinese characters and pass.
        Assert.False(AnswerLanguageCheck.IsWrong("用 Python 的 print() 函数输出", "zh"));
        Assert.True(AnswerLanguageCheck.IsWrong("Ответ: столица Египта — Каир.", "en"));
    }

    [Fact]
    public void Empty_short_and_unknown_language_answers_are_not_flagged()
    {
        Assert.Null(AnswerLanguageCheck.Problem(null, "ar"));
        Assert.Null(AnswerLanguageCheck.Problem("   ", "ar"));
        Assert.Null(AnswerLanguageCheck.Problem("OK", "ar"));
        Assert.Null(AnswerLanguageCheck.Problem("Anything at all goes here.", "tlh"));
    }

    [Fact]
    public void A_flagged_prompt_takes_the_language_of_its_script_and_loses_its_flag()
    {
        var flagged = new ImportedPrompt(3, "ما هي عاصمة مصر؟", "en", "qa", null, null, new Dictionary<string, string>())
        {
            LanguageWarning = LanguageScriptCheck.Check("ما هي عاصمة مصر؟", "en"),
        };
        Assert.NotNull(flagged.LanguageWarning);

        var fixedPrompt = flagged.WithLanguageFromScript();

        Assert.Equal(("ar", null), (fixedPrompt.Language, fixedPrompt.LanguageWarning));
        var fine = new ImportedPrompt(4, "Hello there, friend.", "en", "qa", null, null, new Dictionary<string, string>());
        Assert.Same(fine, fine.WithLanguageFromScript());
    }
}
