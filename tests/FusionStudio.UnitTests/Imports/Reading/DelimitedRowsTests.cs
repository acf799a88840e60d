using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.UnitTests.Imports.Reading;

/// <summary>The shared CSV/TSV row reader under the dataset and the log importers: rows with the lines they start on.</summary>
public sealed class DelimitedRowsTests
{
    [Fact]
    public async Task The_header_comes_first_and_lines_count_blank_lines_and_quoted_line_breaks()
    {
        var rows = await ReadAsync("prompt,language\n\n\"two\nlines\",en\r\nthree,de\n\nfive,fr");

        Assert.Equal(
            [(1, "prompt|language"), (3, "two\nlines|en"), (5, "three|de"), (7, "five|fr")],
            rows.Select(r => (r.Line, string.Join('|', r.Cells))));
        Assert.All(rows, r => Assert.Equal(DelimitedRowProblem.None, r.Problem));
    }

    [Fact]
    public async Task A_misplaced_quote_is_flagged_on_its_row_and_reading_goes_on()
    {
        var rows = await ReadAsync("prompt,task\nsay \"hi\" now,chat\nok,qa\n");

        Assert.Equal([DelimitedRowProblem.None, DelimitedRowProblem.MisplacedQuote, DelimitedRowProblem.None], rows.Select(r => r.Problem));
        Assert.Equal(3, rows[2].Line);
        Assert.Equal(["ok", "qa"], rows[2].Cells);
    }

    [Fact]
    public async Task Tabs_separate_cells_when_asked_and_commas_then_stay_in_the_cell()
    {
        var rows = await ReadAsync("prompt\ttask\na, b\tqa\n", '\t');

        Assert.Equal(["a, b", "qa"], rows[1].Cells);
    }

    [Fact]
    public async Task A_line_of_spaces_is_a_row_but_an_empty_line_is_not()
    {
        var rows = await ReadAsync("prompt\n   \n\nlast\n");

        Assert.Equal([(1, "prompt"), (2, "   "), (4, "last")], rows.Select(r => (r.Line, string.Join('|', r.Cells))));
    }

    [Fact]
    public async Task An_empty_file_has_no_rows()
    {
        Assert.Empty(await ReadAsync("\n\n"));
    }

    private static async Task<List<DelimitedRow>> ReadAsync(string text, char delimiter = ',')
    {
        var rows = new List<DelimitedRow>();
        await foreach (var row in DelimitedRows.ReadAsync(new StringReader(text), delimiter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
