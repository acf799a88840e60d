using FusionStudio.Domain.Text;
using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

public sealed class SyntheticChatResponderTests
{
    private static readonly string[] s_demoTeachers = ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious"];

    [Fact]
    public void Same_request_gives_the_same_answer()
    {
        var first = Ask.Model("sim-detailed", seed: 3, temperature: 0.7);
        var second = Ask.Model("sim-detailed", seed: 3, temperature: 0.7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Each_demo_teacher_answers_differently()
    {
        var answers = s_demoTeachers.Select(model => Ask.Model(model).Text).ToList();

        Assert.Equal(answers.Count, answers.Distinct().Count());
    }

    [Fact]
    public void Teacher_styles_are_recognisable()
    {
        var concise = Ask.Model("sim-concise").Text;
        var stepwise = Ask.Model("sim-stepwise").Text;
        var detailed = Ask.Model("sim-detailed").Text;

        Assert.Contains("\n1. ", stepwise);
        Assert.Contains("\n2. ", stepwise);
        Assert.DoesNotContain('\n', concise);
        Assert.Contains("For example", detailed);
        Assert.True(concise.Length < detailed.Length);
    }

    [Fact]
    public void Unknown_model_names_get_a_stable_style()
    {
        Assert.Equal(Ask.Model("teacher-x").Text, Ask.Model("teacher-x").Text);
        Assert.False(string.IsNullOrWhiteSpace(Ask.Model("teacher-x").Text));
    }

    [Theory]
    [InlineData("sim-concise")]
    [InlineData("sim-stepwise")]
    [InlineData("sim-detailed")]
    [InlineData("sim-cautious")]
    [InlineData("some-other-model")]
    public void Consecutive_seeds_give_different_samples_above_temperature_zero(string model)
    {
        var samples = Enumerable.Range(0, 8).Select(seed => Ask.Model(model, seed: seed, temperature: 0.8).Text).ToList();

        for (var i = 1; i < samples.Count; i++)
        {
            Assert.NotEqual(samples[i - 1], samples[i]);
        }
    }

    [Fact]
    public void Temperature_zero_gives_the_same_answer_for_every_seed()
    {
        var samples = Enumerable.Range(0, 8).Select(seed => Ask.Model("sim-stepwise", seed: seed, temperature: 0).Text);

        Assert.Single(samples.Distinct());
    }

    [Fact]
    public void Answer_echoes_the_key_words_of_the_question()
    {
        var answer = Ask.Model("sim-cautious", "How does sourdough fermentation work?").Text;

        Assert.Contains("sourdough", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("fermentation", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Wie funktioniert die Photosynthese bei Pflanzen?", "Zusammengefasst")]
    [InlineData("Pourquoi le ciel est-il bleu ?", "En résumé")]
    [InlineData("¿Por qué el cielo es azul?", "En resumen")]
    [InlineData("لماذا السماء زرقاء؟", "خلاصة القول")]
    [InlineData("为什么天空是蓝色的？", "总之")]
    [InlineData("空はなぜ青いのですか？", "まとめると")]
    [InlineData("आसमान नीला क्यों होता है?", "सार यह है")]
    public void Answers_in_the_language_of_the_question(string question, string phraseOfThatLanguage)
    {
        var answer = Ask.Model("sim-detailed", question).Text;

        Assert.Contains(phraseOfThatLanguage, answer);
        Assert.DoesNotContain("In summary", answer);
    }

    [Fact]
    public void Max_tokens_cuts_the_answer_and_finishes_with_length()
    {
        var full = Ask.Model("sim-detailed");
        var cut = Ask.Model("sim-detailed", maxTokens: 10);

        Assert.Equal(SimulationResponse.FinishStop, full.FinishReason);
        Assert.Equal(SimulationResponse.FinishLength, cut.FinishReason);
        Assert.StartsWith(cut.Text, full.Text, StringComparison.Ordinal);
        Assert.Equal(10, cut.CompletionTokens);
    }

    [Fact]
    public void Usage_counts_prompt_and_answer_tokens()
    {
        var shortPrompt = Ask.Model("sim-concise", "Why?");
        var longPrompt = Ask.Model("sim-concise", "Why " + string.Join(' ', Enumerable.Repeat("exactly", 50)) + "?");

        Assert.True(shortPrompt.PromptTokens > 0);
        Assert.True(longPrompt.PromptTokens > shortPrompt.PromptTokens);
        Assert.Equal(TokenEstimator.Estimate(shortPrompt.Text), shortPrompt.CompletionTokens);
        Assert.Equal(shortPrompt.PromptTokens + shortPrompt.CompletionTokens, shortPrompt.TotalTokens);
    }
}
