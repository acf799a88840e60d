using FusionStudio.Engine.Imports.Logs;

namespace FusionStudio.UnitTests.LogImports;

public sealed class LogValidationTests
{
    public static TheoryData<string, string?, string, string> JsonlProblems => new()
    {
        // field, raw JSON value (null: field left out), expected field, expected message part
        { "model", null, "model", "is required" },
        { "response", null, "response", "is required" },
        { "query", null, "query", "is required" },
        { "response", "\"  \"", "response", "is empty" },
        { "model", "42", "model", "must be text, not the number 42" },
        { "score", "\"high\"", "score", "must be a number, not the text \"high\"" },
        { "cost", "-0.5", "cost", "must not be negative" },
        { "latency_ms", "-3", "latency_ms", "must not be negative" },
        { "input_tokens", "12.5", "input_tokens", "must be a whole number" },
        { "output_tokens", "-1", "output_tokens", "must not be negative" },
        { "language", "\"english please\"", "language", "is not a language code" },
        { "messages", "\"hello\"", "messages", "must be a list of chat messages" },
        { "messages", "[{\"role\": \"robot\", \"content\": \"x\"}]", "messages", "message 1 needs a role" },
        { "messages", "[{\"role\": \"system\", \"content\": \"x\"}]", "messages", "needs at least one user message" },
        { "task", "[\"a\"]", "task", "must be text, not a list" },
        { "model", "\"" + new string('m', 201) + "\"", "model", "longer than 200 characters" },
    };

    [Theory]
    [MemberData(nameof(JsonlProblems))]
    public async Task Each_jsonl_problem_names_its_line_and_field(string field, string? rawValue, string expectedField, string expectedMessage)
    {
        var read = await LogReading.JsonlAsync(LogReading.Record(), LogReading.Record(field, rawValue, model: field == "model" ? "m" : "n"));

        var error = Assert.Single(read.Errors);
        Assert.Equal((2, expectedField), (error.Line, error.Field));
        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Line 2, field \"{expectedField}\": ", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(read.Content.Queries);
    }

    [Theory]
    [InlineData("Q?,m,A,abc,,", "score", "must be a number like 0.25, not \"abc\"")]
    [InlineData("Q?,m,A,,-2,", "cost", "must not be negative")]
    [InlineData("Q?,m,A,,,1.5", "input_tokens", "must be a whole number, not \"1.5\"")]
    [InlineData("Q?,,A,,,", "model", "is required")]
    [InlineData(",m,A,,,", "query", "is required")]
    public async Task Each_csv_problem_names_its_line_and_field(string row, string expectedField, string expectedMessage)
    {
        var read = await LogReading.CsvAsync("query,model,response,score,cost,input_tokens", "Q?,m,A,1,0.1,3", row);

        var error = Assert.Single(read.Errors);
        Assert.Equal((3, expectedField), (error.Line, error.Field));
        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_row_with_the_wrong_number_of_cells_names_its_line()
    {
        var read = await LogReading.CsvAsync("query,model,response", "Q?,m,A", "Q?,m", "Q?,m,A");

        var error = Assert.Single(read.Errors);
        Assert.Equal((3, null), (error.Line, error.Field));
        Assert.Contains("has 2 cells, but the header names 3 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_header_naming_a_column_twice_is_refused()
    {
        var read = await LogReading.CsvAsync("query,model,response,model", "Q?,m,A,n");

        var error = Assert.Single(read.Errors);
        Assert.Equal((1, "model"), (error.Line, error.Field));
    }

    [Fact]
    public async Task One_query_id_with_two_different_queries_is_an_error_on_the_later_line()
    {
        var read = await LogReading.JsonlAsync(
            LogReading.Record("query_id", "\"q1\"", query: "First?"),
            LogReading.Record("query_id", "\"q1\"", query: "First?", model: "n"),
            LogReading.Record("query_id", "\"q1\"", query: "Second?", model: "o"));

        var error = Assert.Single(read.Errors);
        Assert.Equal((3, "query"), (error.Line, error.Field));
        Assert.Contains("query_id \"q1\" has another query on line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_query_in_two_languages_is_an_error()
    {
        var read = await LogReading.JsonlAsync(LogReading.Record("language", "\"en\""), LogReading.Record("language", "\"fr\"", model: "n"));

        var error = Assert.Single(read.Errors);
        Assert.Equal((2, "language"), (error.Line, error.Field));
        Assert.Contains("differs from \"en\" on line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_model_answering_the_same_query_again_becomes_the_next_sample()
    {
        var read = await LogReading.JsonlAsync(LogReading.Record(), LogReading.Record(model: "n"), LogReading.Record(), LogReading.Record());

        Assert.True(read.Succeeded);
        var query = Assert.Single(read.Content.Queries);
        Assert.Equal([("m", 0), ("n", 0), ("m", 1), ("m", 2)], query.Answers.Select(a => (a.Record.Model, a.SampleIndex)));
        Assert.Equal(3, read.Content.Models.Single(m => m.Name == "m").MaxSamples);
    }

    [Fact]
    public async Task A_line_that_is_not_an_object_is_refused()
    {
        var read = await LogReading.JsonlAsync(LogReading.Record(), "[1, 2]");

        var error = Assert.Single(read.Errors);
        Assert.Equal((2, null), (error.Line, error.Field));
        Assert.Contains("one JSON object per line", error.Message, StringComparison.Ordinal);
    }
}
