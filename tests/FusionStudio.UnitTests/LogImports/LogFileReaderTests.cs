using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Imports.Logs;

namespace FusionStudio.UnitTests.LogImports;

public sealed class LogFileReaderTests
{
    [Fact]
    public async Task The_jsonl_sample_becomes_three_queries_with_samples_per_model()
    {
        var read = await LogReading.ReadAsync(LogSamples.Jsonl, LogFileFormat.Jsonl);

        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var content = read.Content;
        Assert.Equal(6, content.RecordCount);
        Assert.Equal(["model-a", "model-b", "model-c"], content.Models.Select(m => m.Name));
        Assert.Equal([2, 2, 2], content.Models.Select(m => m.Records));
        Assert.Equal([1, 1, 2], content.Models.Select(m => m.MaxSamples));

        var (sky, time, chat) = (content.Queries[0], content.Queries[1], content.Queries[2]);
        Assert.Equal(3, content.Queries.Count);
        Assert.Equal("7", sky.QueryId);
        Assert.Equal("Why is the sky blue?", sky.Text);
        Assert.Equal(("en", "science"), (sky.Language, sky.Task));
        var first = sky.Answers[0].Record;
        Assert.Equal((1, "model-a", "Rayleigh scattering."), (first.Line, first.Model, first.Response));
        Assert.Equal((8.5, 0.0004m, 12, 90, 840.5), (first.Score, first.Cost, first.InputTokens, first.OutputTokens, first.LatencyMs));
        Assert.Equal(-1, sky.Answers[1].Record.Score);

        Assert.Null(time.QueryId);
        Assert.Equal(("de", "chat"), (time.Language, time.Task));
        Assert.Equal([("model-a", 0), ("model-c", 0), ("model-c", 1)], time.Answers.Select(a => (a.Record.Model, a.SampleIndex)));
        Assert.Equal("Schau auf die Uhr.", time.Answers[2].Record.Response);

        Assert.Equal("2+2?", chat.Text);
        Assert.Equal([new PromptMessage(ChatRole.System, "Answer briefly."), new PromptMessage(ChatRole.User, "2+2?")], chat.Messages);
        Assert.Equal(7, chat.Answers.Single().Record.Line);
    }

    [Fact]
    public async Task The_csv_sample_reads_as_the_same_log_with_lines_where_records_start()
    {
        var csv = await LogReading.ReadAsync(LogSamples.Csv, LogFileFormat.Csv);
        var jsonl = await LogReading.ReadAsync(LogSamples.Jsonl, LogFileFormat.Jsonl);

        Assert.True(csv.Succeeded, string.Join("\n", csv.Errors));
        Assert.Equal(Describe(jsonl.Content, withResponses: false), Describe(csv.Content, withResponses: false));
        Assert.Equal("Schau auf\ndie Uhr.", csv.Content.Queries[1].Answers[2].Record.Response);
        Assert.Equal([2, 3, 5, 6, 7, 9], csv.Content.Queries.SelectMany(q => q.Answers).Select(a => a.Record.Line).Order());
    }

    [Fact]
    public async Task A_malformed_line_rejects_the_whole_file()
    {
        var read = await LogReading.JsonlAsync(LogReading.Record(), LogReading.Record(model: "n"), "{\"query\": \"Q?\", \"model\": ", LogReading.Record(model: "o"));

        Assert.False(read.Succeeded);
        Assert.Empty(read.Content.Queries);
        Assert.Equal(0, read.Content.RecordCount);
        var error = Assert.Single(read.Errors);
        Assert.Equal(3, error.Line);
        Assert.Null(error.Field);
        Assert.StartsWith("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_on_many_lines_are_all_counted_and_the_first_ones_listed()
    {
        var lines = Enumerable.Range(0, 80).Select(_ => LogReading.Record("cost", "-1")).ToArray();

        var read = await LogReading.JsonlAsync(lines);

        Assert.Equal(80, read.ErrorCount);
        Assert.Equal(LogReading.Limits.MaxErrors, read.Errors.Count);
        Assert.Equal(Enumerable.Range(1, 50), read.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task A_file_over_the_byte_limit_is_refused()
    {
        var lines = Enumerable.Range(0, 100).Select(i => LogReading.Record(query: $"Question {i}?")).ToArray();

        var read = await LogReading.ReadAsync(string.Join("\n", lines), LogFileFormat.Jsonl, new LogReadLimits(2_000, 1_000));

        var error = Assert.Single(read.Errors);
        Assert.Equal(0, error.Line);
        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
        Assert.Empty(read.Content.Queries);
    }

    [Fact]
    public async Task A_file_over_the_record_limit_is_refused_at_the_first_record_too_many()
    {
        var lines = Enumerable.Range(0, 6).Select(i => LogReading.Record(query: $"Question {i}?")).ToArray();

        var read = await LogReading.ReadAsync(string.Join("\n", lines), LogFileFormat.Jsonl, new LogReadLimits(1_000_000, 5));

        var error = Assert.Single(read.Errors);
        Assert.Equal(6, error.Line);
        Assert.Contains("more than 5 records", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_an_error()
    {
        var read = await LogReading.JsonlAsync("", "  ");

        Assert.Equal("File: the file holds no record", Assert.Single(read.Errors).ToString());
    }

    [Fact]
    public async Task Text_that_is_not_utf8_is_refused()
    {
        var bytes = new byte[] { 0x7B, 0x22, 0x71, 0xFF, 0xFE, 0x22, 0x7D };
        var read = await LogFileReader.ReadAsync(new MemoryStream(bytes), LogFileFormat.Jsonl, LogReading.Limits);

        Assert.Contains("not UTF-8", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    private static List<string> Describe(LogContent content, bool withResponses) =>
        content.Queries.SelectMany(q => q.Answers.Select(a =>
            $"{q.QueryId}|{q.Text}|{q.Messages.Count}|{q.Language}|{q.Task}|{a.Record.Model}|{a.SampleIndex}|{a.Record.Score}|{a.Record.Cost}|"
            + $"{a.Record.InputTokens}|{a.Record.OutputTokens}|{a.Record.LatencyMs}" + (withResponses ? a.Record.Response : ""))).ToList();
}
