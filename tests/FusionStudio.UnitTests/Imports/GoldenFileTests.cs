using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Imports;

namespace FusionStudio.UnitTests.Imports;

/// <summary>Each format and shape, from a small file, stored and read back from the database.</summary>
public sealed class GoldenFileTests : IAsyncLifetime
{
    private ImportHost _host = default!;

    public async Task InitializeAsync() => _host = await ImportHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Plain_csv_keeps_quotes_commas_line_breaks_defaults_and_metadata()
    {
        var prompts = await ImportAsync("plain.csv");

        Assert.Equal(["Why is the sky blue?", "Explain \"BoN\", briefly.", "Name two\nrivers of Spain."], prompts.Select(p => p.Text.Replace("\r", "", StringComparison.Ordinal)));
        Assert.Equal(("en", "science", "Rayleigh scattering.", "q1"), (prompts[0].Language, prompts[0].Task, prompts[0].Reference, prompts[0].ExternalId));
        Assert.Equal(new Dictionary<string, string> { ["source"] = "web" }, prompts[0].Metadata);
        Assert.Equal(("en", "general", null, "q2"), (prompts[1].Language, prompts[1].Task, prompts[1].Reference, prompts[1].ExternalId));
        Assert.Empty(prompts[1].Metadata);
        Assert.Equal(("es", "geography", "atlas"), (prompts[2].Language, prompts[2].Task, prompts[2].Metadata["source"]));
        Assert.All(prompts, p => Assert.Empty(p.Messages));
    }

    [Fact]
    public async Task Plain_tsv_maps_question_lang_category_answer_and_uid()
    {
        var prompts = await ImportAsync("plain.tsv");

        Assert.Equal(["What is 7 times 8?", "Combien font 9 fois 9 ?"], prompts.Select(p => p.Text));
        Assert.Equal(("en", "math", "56", "m-1"), (prompts[0].Language, prompts[0].Task, prompts[0].Reference, prompts[0].ExternalId));
        Assert.Equal(("fr", "81", "m-2"), (prompts[1].Language, prompts[1].Reference, prompts[1].ExternalId));
        Assert.Equal(new Dictionary<string, string> { ["level"] = "easy" }, prompts[0].Metadata);
        Assert.Empty(prompts[1].Metadata);
    }

    [Fact]
    public async Task Plain_jsonl_keeps_numeric_ids_and_json_metadata_as_written()
    {
        var prompts = await ImportAsync("plain.jsonl");

        Assert.Equal(3, prompts.Count);
        Assert.Equal(("en", "summarise", "101"), (prompts[0].Language, prompts[0].Task, prompts[0].ExternalId));
        Assert.Equal(new Dictionary<string, string> { ["difficulty"] = "2", ["tags"] = "[\"drama\", \"classic\"]" }, prompts[0].Metadata);
        Assert.Equal(("لماذا السماء زرقاء؟", "ar", "science", "بسبب تشتت رايلي."), (prompts[1].Text, prompts[1].Language, prompts[1].Task, prompts[1].Reference));
        Assert.Equal(("zh-Hans", "general", "103"), (prompts[2].Language, prompts[2].Task, prompts[2].ExternalId));
        Assert.All(prompts, p => Assert.Null(p.LanguageWarning));
    }

    [Fact]
    public async Task Json_array_maps_text_lang_and_type()
    {
        var prompts = await ImportAsync("plain.json");

        Assert.Equal(["Write a haiku about autumn rain.", "Schreibe ein Haiku über den ersten Schnee."], prompts.Select(p => p.Text));
        Assert.Equal(("en", "poetry"), (prompts[0].Language, prompts[0].Task));
        Assert.Equal(new Dictionary<string, string> { ["source"] = "handwritten" }, prompts[0].Metadata);
        Assert.Equal(("de", "poetry"), (prompts[1].Language, prompts[1].Task));
    }

    [Fact]
    public async Task OpenAI_messages_give_the_conversation_up_to_the_last_user_message_and_the_reply_as_reference()
    {
        var prompts = await ImportAsync("openai.jsonl");

        var chat = prompts[0];
        Assert.Equal(("Is 51 prime?", "No: 51 = 3 × 17.", "chat-1", "en"), (chat.Text, chat.Reference, chat.ExternalId, chat.Language));
        Assert.Equal([ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.User], chat.Messages.Select(m => m.Role));
        Assert.Equal("A number with exactly two divisors.", chat.Messages[2].Content);
        Assert.Equal(new Dictionary<string, string> { ["topic"] = "math" }, chat.Metadata);

        var single = prompts[1];
        Assert.Equal(("Translate to Italian:\ngood night", null), (single.Text, single.Reference));
        Assert.Empty(single.Messages);
    }

    [Fact]
    public async Task ShareGpt_conversations_map_human_gpt_and_system()
    {
        var prompts = await ImportAsync("sharegpt.json");

        Assert.Equal(("Which planet is the largest?", "Jupiter.", "sg-1"), (prompts[0].Text, prompts[0].Reference, prompts[0].ExternalId));
        Assert.Equal([ChatRole.System, ChatRole.User], prompts[0].Messages.Select(m => m.Role));
        Assert.Equal(("Hola, ¿cómo estás?", "es", null), (prompts[1].Text, prompts[1].Language, prompts[1].Reference));
    }

    [Fact]
    public async Task Alpaca_joins_instruction_and_input_and_takes_output_as_reference()
    {
        var prompts = await ImportAsync("alpaca.json");

        Assert.Equal("Translate the sentence into French.\n\nThe library opens at nine.", prompts[0].Text);
        Assert.Equal("La bibliothèque ouvre à neuf heures.", prompts[0].Reference);
        Assert.Equal(("List three primary colours.", "Red, yellow and blue."), (prompts[1].Text, prompts[1].Reference));
        Assert.All(prompts, p => Assert.Empty(p.Metadata));
    }

    [Fact]
    public async Task The_default_language_and_task_fill_rows_without_them()
    {
        var prompts = await ImportAsync("alpaca.json", new ImportSettings { DefaultLanguage = "en-GB", DefaultTask = "instructions" });

        Assert.All(prompts, p => Assert.Equal(("en-GB", "instructions"), (p.Language, p.Task)));
    }

    private async Task<List<DatasetPrompt>> ImportAsync(string file, ImportSettings? settings = null)
    {
        var outcome = await _host.ImportFileAsync(file, settings);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        var prompts = await _host.PromptsAsync(outcome.DatasetId!.Value);
        Assert.Equal(outcome.PromptCount, prompts.Count);
        return prompts;
    }
}
