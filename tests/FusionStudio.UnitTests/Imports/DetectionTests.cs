using System.Text;
using FusionStudio.Engine.Imports;

namespace FusionStudio.UnitTests.Imports;

/// <summary>The preview: format and shape from the file, a proposed mapping, and the first rows as they would be imported.</summary>
public sealed class DetectionTests
{
    private readonly DatasetFileParser _parser = new(new ImportLimits());

    [Theory]
    [InlineData("plain.csv", ImportFormat.Csv, ImportShape.Plain, "prompt", null, "reference")]
    [InlineData("plain.tsv", ImportFormat.Tsv, ImportShape.Plain, "question", null, "answer")]
    [InlineData("plain.jsonl", ImportFormat.Jsonl, ImportShape.Plain, "prompt", null, "reference")]
    [InlineData("plain.json", ImportFormat.JsonArray, ImportShape.Plain, "text", null, null)]
    [InlineData("openai.jsonl", ImportFormat.Jsonl, ImportShape.OpenAiChat, "messages", null, null)]
    [InlineData("sharegpt.json", ImportFormat.JsonArray, ImportShape.ShareGpt, "conversations", null, null)]
    [InlineData("alpaca.json", ImportFormat.JsonArray, ImportShape.Alpaca, "instruction", "input", "output")]
    public async Task Format_shape_and_mapping_are_detected(string file, ImportFormat format, ImportShape shape, string prompt, string? input, string? reference)
    {
        await using var stream = File.OpenRead(ImportHost.FilePath(file));

        var preview = await _parser.PreviewAsync(stream, file, new ImportSettings());

        Assert.Empty(preview.Errors);
        Assert.Equal((format, shape), (preview.Format, preview.DetectedShape));
        Assert.Equal((prompt, input, reference), (preview.Mapping!.Prompt, preview.Mapping.Input, preview.Mapping.Reference));
        Assert.True(preview.CanImport);
        Assert.All(preview.Rows, row => Assert.NotNull(row.Prompt));
    }

    [Fact]
    public async Task The_content_wins_over_a_wrong_extension()
    {
        var preview = await PreviewAsync("data.csv", "{\"question\": \"Is this JSON?\", \"lang\": \"en\"}\n");

        Assert.Equal(ImportFormat.Jsonl, preview.Format);
        Assert.Equal(("question", "lang"), (preview.Mapping!.Prompt, preview.Mapping.Language));
    }

    [Fact]
    public async Task A_changed_mapping_changes_the_preview_rows()
    {
        const string content = "question,answer,notes\nWhat is 2+2?,4,easy\n";
        var proposed = await PreviewAsync("qa.csv", content);

        var changed = await PreviewAsync("qa.csv", content, proposed.Mapping! with { Reference = null, Task = "notes" });

        var row = Assert.Single(changed.Rows).Prompt!;
        Assert.Equal(("What is 2+2?", "easy", null), (row.Text, row.Task, row.Reference));
        Assert.Equal(new Dictionary<string, string> { ["answer"] = "4" }, row.Metadata);
    }

    [Fact]
    public async Task The_preview_reads_only_the_first_rows_and_shows_bad_ones_with_their_problem()
    {
        var content = "prompt,language\n" + string.Concat(Enumerable.Range(1, 30).Select(i => i == 3 ? "Bad one,english!\n" : $"Prompt {i},en\n"));

        var preview = await PreviewAsync("many.csv", content);

        Assert.Equal(10, preview.Rows.Count);
        var bad = preview.Rows[2];
        Assert.Null(bad.Prompt);
        Assert.Equal("line 4, field language: \"english!\" is not a language code like en, pt-BR or zh-Hans", Assert.Single(bad.Errors).ToString());
    }

    [Fact]
    public async Task A_large_json_array_streams_across_buffers_and_keeps_each_row_line()
    {
        var json = new StringBuilder("[\n");
        for (var i = 0; i < 3_000; i++)
        {
            json.Append("  {\n    \"prompt\": \"Prompt number ").Append(i).Append(" with some padding text to fill the buffer\",\n    \"id\": ").Append(i).Append("\n  }")
                .Append(i < 2_999 ? ",\n" : "\n");
        }

        json.Append("]\n");
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json.ToString()));

        var result = await _parser.ParseAsync(stream, "big.json", new ImportSettings());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(3_000, result.Prompts.Count);
        Assert.Equal([2, 6, 11_998], new[] { 0, 1, 2_999 }.Select(i => result.Prompts[i].Line));
        Assert.Equal("2999", result.Prompts[^1].ExternalId);
    }

    [Fact]
    public async Task A_field_larger_than_the_read_buffer_is_read_whole()
    {
        var text = new string('ä', 200_000);
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"[{{\"prompt\": \"short\"}}, {{\"prompt\": \"x\", \"essay\": \"{text}\"}}]"));

        var result = await new DatasetFileParser(new ImportLimits { MaxFieldChars = 300_000 }).ParseAsync(stream, "wide.json", new ImportSettings());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(text, result.Prompts[1].Metadata["essay"]);
    }

    [Fact]
    public async Task Pasted_lines_become_prompts_with_the_defaults()
    {
        var result = _parser.ParsePasted("What is 2+2?\n\n  Qu'est-ce que la fusion ?  \r\nمرحبا بكم", new ImportSettings { DefaultLanguage = "fr", DefaultTask = "qa" });

        Assert.True(result.Succeeded);
        Assert.Equal([1, 3, 4], result.Prompts.Select(p => p.Line));
        Assert.Equal("Qu'est-ce que la fusion ?", result.Prompts[1].Text);
        Assert.All(result.Prompts, p => Assert.Equal(("fr", "qa"), (p.Language, p.Task)));
        Assert.NotNull(result.Prompts[2].LanguageWarning);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_bad_default_language_is_one_error_for_the_whole_file()
    {
        var preview = await PreviewAsync("p.csv", "prompt\none\n", settings: new ImportSettings { DefaultLanguage = "english" });

        Assert.Equal("The default language \"english\" is not a language code like en, pt-BR or zh-Hans.", Assert.Single(preview.Errors).ToString());
    }

    [Theory]
    [InlineData("prompts.xlsx")]
    [InlineData("prompts.parquet")]
    public async Task Spreadsheets_and_binary_formats_are_refused_by_name(string name)
    {
        var preview = await PreviewAsync(name, "anything");

        Assert.Contains("Save it as CSV, TSV, JSONL or JSON", Assert.Single(preview.Errors).Reason, StringComparison.Ordinal);
    }

    private async Task<ImportPreview> PreviewAsync(string name, string content, ImportMapping? mapping = null, ImportSettings? settings = null)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await _parser.PreviewAsync(stream, name, (settings ?? new ImportSettings()) with { Mapping = mapping });
    }
}
