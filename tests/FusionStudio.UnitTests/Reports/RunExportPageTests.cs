using Bunit;
using FusionStudio.Engine.Exports;
using FusionStudio.Web.Components.Pages.Runs.Export;
using FusionStudio.Web.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Reports;

public sealed class RunExportPageTests : ReportPagesTestContext
{
    [Fact]
    public async Task The_page_previews_the_first_rows_as_the_file_will_have_them()
    {
        var (_, run) = await SeedAsync();

        var page = Render<RunExportPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForAssertion(() => Assert.Equal("8 rows match", page.Find("[data-testid=export-count]").TextContent.Trim()));
        var preview = page.WaitForElement("[data-testid=export-preview]").TextContent;
        var lines = preview.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains("Fused 0", lines[0], StringComparison.Ordinal);
        Assert.Contains("Fused 4", lines[4], StringComparison.Ordinal);
        Assert.DoesNotContain("Fused 5", preview, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=export-judge]"));
    }

    [Fact]
    public async Task Sft_rows_of_fused_answers_can_be_kept_where_the_judge_did_not_prefer_another_method()
    {
        // Fusion vs Best-of-N on the seeded run: 5 wins, 2 ties, 1 loss.
        var (_, run) = await SeedAsync();
        var exporter = Services.GetRequiredService<RunExporter>();
        ExportRequest Sft(ExportJudgeFilter judge) => new(ExportKind.Sft, ExportFormat.Jsonl) { Filter = new ExportFilter { Judge = judge } };

        Assert.Equal(8, await exporter.CountAsync(run.Id, Sft(ExportJudgeFilter.Any)));
        Assert.Equal(7, await exporter.CountAsync(run.Id, Sft(ExportJudgeFilter.NotBeaten)));
        Assert.Equal(5, await exporter.CountAsync(run.Id, Sft(ExportJudgeFilter.Won)));
        var bestOfN = Sft(ExportJudgeFilter.NotBeaten) with { SftAnswer = SftAnswerRule.BestOfN };
        Assert.Equal(3, await exporter.CountAsync(run.Id, bestOfN));
    }

    [Fact]
    public async Task The_csv_preview_is_the_file_s_head_without_its_byte_order_mark()
    {
        var (_, run) = await SeedAsync();
        var exporter = Services.GetRequiredService<RunExporter>();

        var preview = await exporter.PreviewAsync(run.Id, new ExportRequest(ExportKind.Sft, ExportFormat.Csv) { ExcelBom = true }, 2);

        var lines = preview.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("prompt,", lines[0], StringComparison.Ordinal);
    }
}
