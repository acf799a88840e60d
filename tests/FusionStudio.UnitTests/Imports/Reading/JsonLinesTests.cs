using System.Text.Json;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.UnitTests.Imports.Reading;

/// <summary>The shared JSON Lines reader under the dataset and the log importers.</summary>
public sealed class JsonLinesTests
{
    [Fact]
    public async Task Each_non_blank_line_is_one_value_with_its_line_number()
    {
        var lines = await ReadAsync("{\"a\": 1}\n\n   \n[2]\n\"three\"\n");

        Assert.Equal([1, 4, 5], lines.Select(l => l.Line));
        Assert.Equal([true, false, false], lines.Select(l => l.IsObject));
        Assert.Equal(JsonValueKind.Array, lines[1].Value!.Value.ValueKind);
        Assert.All(lines, l => Assert.Null(l.Error));
    }

    [Fact]
    public async Task A_line_that_is_not_json_says_where_it_broke_and_the_next_line_still_reads()
    {
        var lines = await ReadAsync("{\"a\": 1,}\n{\"b\": \"ok\"}");

        Assert.Equal((1, null, "not valid JSON near character 9"), (lines[0].Line, lines[0].Value, lines[0].Error));
        Assert.Equal("ok", lines[1].Value!.Value.GetProperty("b").GetString());
    }

    [Fact]
    public async Task Values_outlive_the_reading()
    {
        var lines = await ReadAsync("{\"prompt\": \"Wie spät ist es?\", \"meta\": {\"n\": 3}}");
        GC.Collect();

        var value = lines.Single().Value!.Value;
        Assert.Equal("Wie spät ist es?", value.GetProperty("prompt").GetString());
        Assert.Equal(3, value.GetProperty("meta").GetProperty("n").GetInt32());
    }

    private static async Task<List<JsonLine>> ReadAsync(string text)
    {
        var lines = new List<JsonLine>();
        await foreach (var line in JsonLines.ReadAsync(new StringReader(text)))
        {
            lines.Add(line);
        }

        return lines;
    }
}
