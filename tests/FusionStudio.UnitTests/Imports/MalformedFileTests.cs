using System.Text;
using FusionStudio.Engine.Imports;

namespace FusionStudio.UnitTests.Imports;

/// <summary>Every bad file gets an error that says where, and the database stays as it was.</summary>
public sealed class MalformedFileTests : IAsyncLifetime
{
    private ImportHost _host = default!;

    public async Task InitializeAsync() => _host = await ImportHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("broken-quote.csv", "line 3: has a stray or unclosed quote")]
    [InlineData("invalid-line.jsonl", "line 2: is not valid JSON")]
    [InlineData("missing-column.csv", "field prompt: no field holds the prompt (the file has: id, language, notes)")]
    [InlineData("empty.csv", "The file is empty")]
    [InlineData("wrong-delimiter.csv", "line 1: The header has one column that contains semicolons")]
    [InlineData("tabs.csv", "line 1: The header has one column that contains tabs: the columns seem to be separated by tabs, not by a comma. Save the file as TSV")]
    [InlineData("no-user-message.jsonl", "line 2, field messages: no user message")]
    public async Task A_malformed_file_names_the_line_and_field_and_stores_nothing(string file, string expected)
    {
        var outcome = await _host.ImportFileAsync(file);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, error => error.ToString().StartsWith(expected, StringComparison.Ordinal));
        await _host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_with_its_line_not_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"prompt\": \"one\"}\n{\"prompt\": \"two\"}\n{\"prompt\": \"th").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("ree\"}\n")).ToArray();

        var outcome = await _host.ImportAsync(new MemoryStream(bytes), "bytes.jsonl");

        Assert.Equal("line 3: is not valid UTF-8 (byte 0xC3). Save the file as UTF-8 and upload it again.", Assert.Single(outcome.Errors).ToString());
        await _host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Invalid_utf8_deep_in_a_large_csv_is_found_across_read_chunks()
    {
        var text = new StringBuilder("prompt\n");
        for (var row = 0; row < 5_000; row++)
        {
            text.Append("Quelle est la capitale de l’Égypte ? ").Append(row).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(new byte[] { 0x41, 0xFF, 0x0A }).ToArray();

        var outcome = await _host.ImportAsync(new MemoryStream(bytes), "big.csv");

        Assert.Equal("line 5002: is not valid UTF-8 (byte 0xFF). Save the file as UTF-8 and upload it again.", Assert.Single(outcome.Errors).ToString());
        await _host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_after_reading_only_up_to_the_limit()
    {
        await using var host = await ImportHost.StartAsync(limits => limits.MaxFileBytes = 64 * 1024);
        var stream = new GeneratedStream("prompt\n"u8.ToArray(), "A prompt that repeats until the file is too large\n"u8.ToArray(), 10L * 1024 * 1024);

        var outcome = await host.ImportAsync(stream, "large.csv");

        Assert.Equal("The file is larger than 64 KB. Split it into smaller files.", Assert.Single(outcome.Errors).ToString());
        Assert.True(stream.BytesRead < 256 * 1024, $"read {stream.BytesRead} bytes");
        await host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task More_rows_than_the_limit_are_refused()
    {
        await using var host = await ImportHost.StartAsync(limits => limits.MaxRows = 50);
        var content = "prompt\n" + string.Concat(Enumerable.Range(1, 51).Select(i => $"Prompt {i}\n"));

        var outcome = await host.ImportTextAsync("rows.csv", content);

        Assert.Equal("More than 50 rows. Split them into several datasets.", outcome.Errors[0].ToString());
        await host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_field_of_several_megabytes_is_over_the_field_limit()
    {
        var huge = new string('x', 3 * 1024 * 1024);
        var content = "{\"prompt\": \"short\"}\n{\"prompt\": \"fine\", \"notes\": \"" + huge + "\"}\n";

        var outcome = await _host.ImportTextAsync("huge.jsonl", content);

        Assert.Equal("line 2, field notes: is 3,145,728 characters long; at most 100,000 are allowed", Assert.Single(outcome.Errors).ToString());
        await _host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Bad_rows_are_all_listed_by_line_and_field()
    {
        var outcome = await _host.ImportTextAsync("rows.jsonl", """
            {"prompt": "fine", "id": "a"}
            {"language": "en"}
            {"prompt": "x", "language": "english!"}
            {"prompt": 42}
            ["prompt"]
            {"prompt": "again", "id": "a"}
            {"prompt": "   "}
            """);

        Assert.Equal(
        [
            "line 2, field prompt: is missing",
            "line 3, field language: \"english!\" is not a language code like en, pt-BR or zh-Hans",
            "line 4, field prompt: must be a string, not a number",
            "line 5: expected one JSON object per line, like {\"prompt\": \"…\"}",
            "line 6, field id: \"a\" is already used on line 1",
            "line 7, field prompt: is empty",
        ], outcome.Errors.Select(e => e.ToString()));
        await _host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_json_array_that_breaks_off_names_the_line_of_the_break()
    {
        var outcome = await _host.ImportTextAsync("cut.json", "[\n  {\"prompt\": \"one\"},\n  {\"prompt\": \"two\",\n   \"task\": }\n]\n");

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("is not valid JSON", error.Reason, StringComparison.Ordinal);
        await _host.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_bad_message_in_a_chat_names_the_message()
    {
        var outcome = await _host.ImportTextAsync("chat.jsonl", """
            {"messages": [{"role": "user", "content": "Hi"}, {"role": "narrator", "content": "…"}]}
            {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}
            """);

        Assert.Equal(
        [
            "line 1, field messages: message 2: role \"narrator\" is not one of system, user, assistant",
            "line 2, field messages: message 1: only text parts can be imported (found a \"image_url\" part)",
        ], outcome.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task A_chosen_column_the_header_lacks_is_refused_on_line_one()
    {
        var outcome = await _host.ImportTextAsync("mapped.csv", "prompt,language\nHello,en\n",
            new ImportSettings { Mapping = new ImportMapping(ImportShape.Plain, "prompt") { Reference = "answer" } });

        Assert.Equal("line 1, field answer: is not a column of the header (it has: prompt, language)", Assert.Single(outcome.Errors).ToString());
        await _host.AssertNothingStoredAsync();
    }
}
