using System.Text;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.UnitTests.LogImports;

namespace FusionStudio.UnitTests.Imports.Reading;

/// <summary>The dataset and the log importers read through one layer: the same limit, language rule and line numbers.</summary>
public sealed class SharedRulesTests
{
    [Theory]
    [InlineData("en", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("sr-Latn-RS", true)]
    [InlineData("english", false)]
    [InlineData("e", false)]
    [InlineData("en_US", false)]
    [InlineData("en-", false)]
    [InlineData("de-toolongpart", false)]
    public async Task Both_importers_accept_and_refuse_the_same_language_tags(string tag, bool valid)
    {
        var dataset = await ParseDatasetAsync($"prompt,language\nHello,{tag}\n");
        var log = await LogReading.CsvAsync("query,model,response,language", $"Hello,m,Hi,{tag}");

        Assert.Equal(valid, LanguageTags.IsValid(tag));
        Assert.Equal(valid, dataset.Succeeded);
        Assert.Equal(valid, log.Succeeded);
        if (!valid)
        {
            var expected = $"\"{tag}\" {LanguageTags.InvalidMessage}";
            Assert.Equal(expected, Assert.Single(dataset.Errors).Reason);
            Assert.Equal(expected, Assert.Single(log.Errors).Message);
        }
    }

    [Fact]
    public async Task Both_importers_refuse_a_file_over_the_limit_with_the_same_message()
    {
        var text = "prompt,query,model,response\n" + string.Concat(Enumerable.Repeat("Hello there,Q,m,A\n", 200));

        var dataset = await ParseDatasetAsync(text, maxFileBytes: 1024);
        var log = await LogReading.ReadAsync(text, LogFileFormat.Csv, LogReading.Limits with { MaxFileBytes = 1024 });

        const string expected = "The file is larger than 1 KB. Split it into smaller files.";
        Assert.Equal(expected, Assert.Single(dataset.Errors).Reason);
        Assert.Contains(log.Errors, e => e == new LogImportError(0, null, expected));
    }

    [Fact]
    public async Task Both_importers_name_the_line_a_record_starts_on_after_blank_lines_and_quoted_line_breaks()
    {
        var dataset = await ParseDatasetAsync("prompt,language\n\n\"two\nlines\",en\n\nbad,english\n");
        var log = await LogReading.CsvAsync("query,model,response,language", "", "\"two\nlines\",m,A,en", "", "bad,m,A,english");

        Assert.Equal(6, Assert.Single(dataset.Errors).Line);
        Assert.Equal(6, Assert.Single(log.Errors).Line);
    }

    private static Task<ImportParseResult> ParseDatasetAsync(string text, long maxFileBytes = 1024 * 1024) =>
        new DatasetFileParser(new ImportLimits { MaxFileBytes = maxFileBytes })
            .ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "data.csv", new ImportSettings());
}
