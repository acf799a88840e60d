using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using Microsoft.AspNetCore.WebUtilities;

namespace FusionStudio.UnitTests.Exports;

public sealed class ExportRequestParserTests
{
    [Fact]
    public void A_request_survives_the_query_string_round_trip()
    {
        var request = new ExportRequest(ExportKind.FullLog, ExportFormat.Csv)
        {
            Filter = new ExportFilter { Method = AggregationMethod.Mbr, Language = "ar", Task = "q&a = yes", MinScore = 6.5, Human = ExportHumanFilter.BothBad },
        };

        var query = ExportQueryString.For(request);
        var parsed = Parse(query);

        Assert.Equal("kind=full-log&format=csv&method=mbr&language=ar&task=q%26a%20%3D%20yes&minScore=6.5&human=both-bad", query);
        Assert.True(parsed.Succeeded);
        Assert.Equal(request, parsed.Request);
    }

    [Fact]
    public void The_judge_filter_and_the_csv_options_survive_the_round_trip_and_bad_values_are_named()
    {
        var request = new ExportRequest(ExportKind.Sft, ExportFormat.Csv) { ExcelBom = true, KeepFormulas = true, Filter = new ExportFilter { Judge = ExportJudgeFilter.NotBeaten } };

        var query = ExportQueryString.For(request);

        Assert.Equal("kind=sft&format=csv&answer=fusion&judge=not-beaten&bom=true&formulas=keep", query);
        Assert.Equal(request, Parse(query).Request);
        Assert.Equal(["bom", "formulas", "judge"], Parse("kind=sft&judge=lost&bom=yes&formulas=run").Errors.Keys.Order());
    }

    [Fact]
    public void The_language_filter_survives_the_round_trip_and_a_bad_value_is_named()
    {
        var request = new ExportRequest(ExportKind.Sft, ExportFormat.Jsonl) { Filter = new ExportFilter { Language = "ar", RightLanguageOnly = true } };

        var query = ExportQueryString.For(request);

        Assert.Equal("kind=sft&format=jsonl&answer=fusion&language=ar&rightLanguageOnly=true", query);
        Assert.Equal(request, Parse(query).Request);
        Assert.Equal(["rightLanguageOnly"], Parse("kind=sft&rightLanguageOnly=maybe").Errors.Keys);
    }

    [Fact]
    public void Distillation_k_and_reference_survive_the_round_trip_and_bad_values_are_named()
    {
        var request = new ExportRequest(ExportKind.Distillation, ExportFormat.Jsonl) { TopK = 5, WithReference = true };

        var query = ExportQueryString.For(request);

        Assert.Equal("kind=distillation&format=jsonl&k=5&reference=true", query);
        Assert.Equal(request, Parse(query).Request);
        Assert.Equal(["k", "reference"], Parse("kind=distillation&k=0&reference=perhaps").Errors.Keys.Order());
        Assert.Equal(["k"], Parse("kind=distillation&k=21").Errors.Keys);
    }

    [Fact]
    public void Defaults_fill_what_the_query_leaves_out()
    {
        var parsed = Parse("kind=SFT");

        Assert.Equal(new ExportRequest(ExportKind.Sft, ExportFormat.Jsonl), parsed.Request);
    }

    [Fact]
    public void Every_bad_parameter_is_reported_by_name_with_the_accepted_values()
    {
        var parsed = Parse("kind=everything&format=xml&method=best&minScore=7,5&human=maybe&answer=gold");

        Assert.False(parsed.Succeeded);
        Assert.Equal(["answer", "format", "human", "kind", "method", "minScore"], parsed.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("full-log, aggregates, comparisons, reviews, sft, pairs", parsed.Errors["kind"][0], StringComparison.Ordinal);
        Assert.Contains("csv, jsonl", parsed.Errors["format"][0], StringComparison.Ordinal);
        Assert.Contains("\"7,5\" is not a number", parsed.Errors["minScore"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_kind_is_an_error()
    {
        var parsed = Parse("format=csv");

        Assert.False(parsed.Succeeded);
        Assert.StartsWith("Choose a kind", parsed.Errors["kind"][0], StringComparison.Ordinal);
    }

    private static ExportRequestParse Parse(string query)
    {
        var values = QueryHelpers.ParseQuery("?" + query);
        return ExportRequestParser.Parse(name => values.TryGetValue(name, out var value) ? value.ToString() : null);
    }
}
