using FusionStudio.Engine.Imports;

namespace FusionStudio.UnitTests.Imports;

public sealed class LanguageFlagTests
{
    [Theory]
    [InlineData("en", "ما هي عاصمة مصر؟ أجب بجملة واحدة.", "language \"en\" expects Latin letters, but the text is mostly Arabic script")]
    [InlineData("zh", "Why is the sky blue?", "language \"zh\" expects Chinese characters, but the text has none (only Latin letters)")]
    [InlineData("ja", "What is the capital of Japan?", "language \"ja\" expects kana or Chinese characters, but the text has none (only Latin letters)")]
    [InlineData("ru", "Where is the Hermitage museum?", "language \"ru\" expects Cyrillic script, but the text is mostly Latin letters")]
    [InlineData("ar", "Explain the water cycle.", "language \"ar\" expects Arabic script, but the text is mostly Latin letters")]
    [InlineData("zh-Hans", "Пожалуйста, объясните", "language \"zh-Hans\" expects Chinese characters, but the text has none (only Cyrillic script)")]
    public void A_text_in_another_script_is_flagged(string language, string text, string warning) =>
        Assert.Equal(warning, LanguageScriptCheck.Check(text, language));

    [Theory]
    [InlineData("en", "Why is the sky blue?")]
    [InlineData("de", "Warum ist der Himmel blau? Erkläre es kurz.")]
    [InlineData("ar", "لماذا السماء زرقاء؟")]
    [InlineData("zh", "用 Python 写一个函数, returning the sum of a list")]
    [InlineData("ja", "東京の天気はどうですか？")]
    [InlineData("ja", "日本の首都")]
    [InlineData("ko", "서울의 날씨는 어떻습니까?")]
    [InlineData("en", "2 + 2 = ?")]
    [InlineData("en", "Translate into Arabic: good morning, my friend")]
    [InlineData("sr-Latn", "Gde je Beograd?")]
    [InlineData("sr", "Где је Београд?")]
    [InlineData("xx", "ما هي عاصمة مصر؟")]
    [InlineData("he", "מה שלומך היום?")]
    public void A_text_that_fits_or_cannot_be_judged_is_not_flagged(string language, string text) =>
        Assert.Null(LanguageScriptCheck.Check(text, language));

    [Fact]
    public async Task Flags_are_reported_as_warnings_stored_on_the_prompt_and_do_not_stop_the_import()
    {
        await using var host = await ImportHost.StartAsync();

        var outcome = await host.ImportTextAsync("flags.jsonl", """
            {"prompt": "Why is the sky blue?", "language": "en"}
            {"prompt": "ما هي عاصمة مصر؟", "language": "en"}
            {"prompt": "What is the capital of China?", "language": "zh"}
            """);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        Assert.Equal(
        [
            "line 2, field language: language \"en\" expects Latin letters, but the text is mostly Arabic script",
            "line 3, field language: language \"zh\" expects Chinese characters, but the text has none (only Latin letters)",
        ], outcome.Warnings.Select(w => w.ToString()));
        var prompts = await host.PromptsAsync(outcome.DatasetId!.Value);
        Assert.Equal([false, true, true], prompts.Select(p => p.LanguageWarning is not null));
    }

    [Fact]
    public async Task The_default_language_is_checked_too()
    {
        await using var host = await ImportHost.StartAsync();

        var outcome = await host.ImportTextAsync("plain.csv", "prompt\nWie spät ist es?\nこんにちは、元気ですか？\n", new ImportSettings { DefaultLanguage = "de" });

        Assert.Equal("line 3, field language: language \"de\" expects Latin letters, but the text is mostly kana", Assert.Single(outcome.Warnings).ToString());
    }
}
