using System.Text;
using FusionStudio.Web.Library;

namespace FusionStudio.IntegrationTests.Library;

public sealed class DatasetTextImporterTests
{
    private static readonly DatasetImportDefaults _defaults = new("en", "general");
    private readonly DatasetTextImporter _importer = new();

    [Fact]
    public async Task Good_jsonl_gives_every_prompt_with_its_fields_and_metadata()
    {
        var result = await ParseAsync(DatasetFileFormat.Jsonl, """
            {"prompt": "Why is the sky blue?", "language": "en", "task": "science", "reference": "Rayleigh scattering.", "id": "q1"}

            {"prompt": "لماذا السماء زرقاء؟", "language": "ar", "id": 2, "source": "manual", "difficulty": 3}
            {"prompt": "天空为什么是蓝色的？", "language": "zh-Hans"}
            {"prompt": "Und warum ist sie abends rot?", "language": null, "task": ""}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([1, 3, 4, 5], result.Prompts.Select(p => p.Line));
        var first = result.Prompts[0];
        Assert.Equal(("Why is the sky blue?", "en", "science", "Rayleigh scattering.", "q1"), (first.Text, first.Language, first.Task, first.Reference, first.ExternalId));
        var arabic = result.Prompts[1];
        Assert.Equal(("ar", "general", "2"), (arabic.Language, arabic.Task, arabic.ExternalId));
        Assert.Equal(new Dictionary<string, string> { ["source"] = "manual", ["difficulty"] = "3" }, arabic.Metadata);
        Assert.Equal("zh-Hans", result.Prompts[2].Language);
        Assert.Equal(("en", "general"), (result.Prompts[3].Language, result.Prompts[3].Task));
        Assert.Equal(["ar", "en", "zh-Hans"], result.Languages);
    }

    [Fact]
    public async Task Bad_jsonl_lines_are_reported_by_line_and_field_and_no_prompt_is_kept()
    {
        var result = await ParseAsync(DatasetFileFormat.Jsonl, """
            {"prompt": "fine", "id": "a"}
            {"language": "en"}
            {"prompt": "x", "language": "english!"}
            {"prompt": 42}
            not json at all
            {"prompt": "again", "id": "a"}
            ["prompt"]
            {"prompt": "   "}
            {"prompt": "last one is fine"}
            """);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Prompts);
        Assert.Equal(
        [
            "line 2, field prompt: is missing",
            "line 3, field language: \"english!\" is not a language code like en, pt-BR or zh-Hans",
            "line 4, field prompt: must be a string, not a number",
            "line 5: not valid JSON near character 2",
            "line 6, field id: \"a\" is already used on line 1",
            "line 7: expected one JSON object per line, like {\"prompt\": \"…\"}",
            "line 8, field prompt: is empty",
        ], result.Errors.Select(e => e.ToString()));
        Assert.Equal(7, result.ErrorCount);
    }

    [Fact]
    public async Task Good_csv_reads_quoted_commas_quotes_line_breaks_and_extra_columns()
    {
        var result = await ParseAsync(DatasetFileFormat.Csv, "\uFEFF" + """
            Prompt,Language,task,id,source
            "Why is the sky blue?",en,science,q1,web
            "Explain ""BoN"", briefly.",,,q2,
            "Two
            lines",fr,qa,q3,book

            Plain text,de,,q4,
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([2, 3, 4, 7], result.Prompts.Select(p => p.Line));
        Assert.Equal("Explain \"BoN\", briefly.", result.Prompts[1].Text);
        Assert.Equal(("en", "general", "q2"), (result.Prompts[1].Language, result.Prompts[1].Task, result.Prompts[1].ExternalId));
        Assert.Equal("Two" + Environment.NewLine.Replace("\r", "", StringComparison.Ordinal) + "lines", result.Prompts[2].Text.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, string> { ["source"] = "book" }, result.Prompts[2].Metadata);
        Assert.Empty(result.Prompts[1].Metadata);
        Assert.Equal(("Plain text", "de"), (result.Prompts[3].Text, result.Prompts[3].Language));
    }

    [Fact]
    public async Task Bad_csv_lines_are_reported_by_line_and_no_prompt_is_kept()
    {
        var result = await ParseAsync(DatasetFileFormat.Csv, """
            prompt,language
            ok,en
            ,en
            fine,xx_y
            a,b,c
            bad"quote,en
            """);

        Assert.Empty(result.Prompts);
        Assert.Equal(
        [
            "line 3, field prompt: is empty",
            "line 4, field language: \"xx_y\" is not a language code like en, pt-BR or zh-Hans",
            "line 5: has 3 fields but the header has 2: put fields with commas in double quotes",
            "line 6: has a stray or unclosed quote: put fields with quotes or commas in double quotes, and double the quotes inside",
        ], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task A_csv_header_without_a_prompt_column_says_what_it_found()
    {
        var result = await ParseAsync(DatasetFileFormat.Csv, "text,language\nhello,en\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "prompt"), (error.Line, error.Field));
        Assert.Contains("it has: text, language", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused_with_the_limit()
    {
        var line = "{\"prompt\": \"" + new string('x', 1000) + "\"}\n";
        var content = string.Concat(Enumerable.Repeat(line, (int)(DatasetImportLimits.MaxFileBytes / line.Length) + 2));

        var result = await ParseAsync(DatasetFileFormat.Jsonl, content);

        Assert.Equal(DatasetImportLimits.FileTooLargeMessage, Assert.Single(result.Errors).ToString());
        Assert.Empty(result.Prompts);
    }

    [Fact]
    public async Task More_than_the_prompt_limit_is_refused_with_the_limit()
    {
        var content = string.Concat(Enumerable.Repeat("{\"prompt\":\"p\"}\n", DatasetImportLimits.MaxPrompts + 1));

        var result = await ParseAsync(DatasetFileFormat.Jsonl, content);

        Assert.Equal(DatasetImportLimits.TooManyPromptsMessage, Assert.Single(result.Errors).ToString());
        Assert.Empty(result.Prompts);
    }

    [Fact]
    public async Task Exactly_the_prompt_limit_is_accepted()
    {
        var content = string.Concat(Enumerable.Repeat("{\"prompt\":\"p\"}\n", DatasetImportLimits.MaxPrompts));

        var result = await ParseAsync(DatasetFileFormat.Jsonl, content);

        Assert.True(result.Succeeded);
        Assert.Equal(DatasetImportLimits.MaxPrompts, result.Prompts.Count);
    }

    [Fact]
    public async Task Text_that_is_not_utf8_is_refused()
    {
        await using var stream = new MemoryStream([0x7B, 0x22, 0x70, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0xFD, 0x22, 0x7D, 0x0A]);

        var result = await _importer.ParseAsync(stream, DatasetFileFormat.Jsonl, _defaults);

        Assert.Contains("not UTF-8", Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_has_no_prompts()
    {
        Assert.Contains("No prompts found", Assert.Single((await ParseAsync(DatasetFileFormat.Jsonl, "\n\n")).Errors).Reason, StringComparison.Ordinal);
        Assert.Contains("The file is empty", Assert.Single((await ParseAsync(DatasetFileFormat.Csv, "")).Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pasted_text_gives_one_prompt_per_non_empty_line_with_the_defaults()
    {
        var result = _importer.ParsePasted("What is 2+2?\n\n  Qu'est-ce que la fusion ?  \r\nمرحبا", new DatasetImportDefaults("fr", "qa"));

        Assert.True(result.Succeeded);
        Assert.Equal([1, 3, 4], result.Prompts.Select(p => p.Line));
        Assert.Equal("Qu'est-ce que la fusion ?", result.Prompts[1].Text);
        Assert.All(result.Prompts, p => Assert.Equal(("fr", "qa"), (p.Language, p.Task)));
    }

    [Fact]
    public void A_bad_default_language_is_one_error_for_the_whole_input()
    {
        var result = _importer.ParsePasted("one\ntwo", new DatasetImportDefaults("english", "qa"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Line);
        Assert.Contains("default language \"english\"", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prompts.jsonl", DatasetFileFormat.Jsonl)]
    [InlineData("PROMPTS.NDJSON", DatasetFileFormat.Jsonl)]
    [InlineData("prompts.csv", DatasetFileFormat.Csv)]
    [InlineData("prompts.xlsx", null)]
    [InlineData("prompts.json", null)]
    public void The_format_comes_from_the_file_name(string name, DatasetFileFormat? format) =>
        Assert.Equal(format, DatasetTextImporter.FormatOf(name));

    private async Task<DatasetImportResult> ParseAsync(DatasetFileFormat format, string content)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await _importer.ParseAsync(stream, format, _defaults);
    }
}
