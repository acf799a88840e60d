using Bunit;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Compare;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Reports;

public sealed class RunComparePageTests : ReportPagesTestContext
{
    [Fact]
    public async Task Shows_both_runs_side_by_side_and_the_prompts_they_share()
    {
        var (library, first) = await SeedAsync();
        Run second;
        await using (var db = Db())
        {
            second = await ReportRunSeed.SeedAsync(db, library, name: "Second run");
        }

        var page = Open(first.Id, second.Id);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=compare-pair-row]").Count));
        Assert.All(page.FindAll("[data-testid=compare-win-rate]"), cell => Assert.Equal("75.0%", cell.TextContent.Trim()));
        Assert.Contains("5.88", page.Find("[data-testid=compare-method-row]").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal(RunPagesLibraryPrompts, page.FindAll("[data-testid=shared-table] tbody tr").Count));
        var firstRow = page.FindAll("[data-testid=shared-table] tbody tr")[0];
        Assert.Contains("8.00", firstRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("Fusion-of-N better", firstRow.QuerySelector("[data-testid=verdict-a]")!.TextContent.Trim());
        Assert.StartsWith($"/runs/{second.Id}/prompts/", firstRow.QuerySelector("[data-testid=verdict-b]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_over_different_datasets_share_no_prompt()
    {
        var (library, first) = await SeedAsync();
        Run other;
        await using (var db = Db())
        {
            var dataset = new Dataset { Name = "Other", CreatedAt = DateTimeOffset.UtcNow, PromptCount = 1, Prompts = [new DatasetPrompt { Ordinal = 0, Text = "Another question?" }] };
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync();
            other = await ReportRunSeed.SeedAsync(db, library with { DatasetId = dataset.Id }, name: "Other run", withResults: false);
        }

        var page = Open(first.Id, other.Id);

        page.WaitForAssertion(() => Assert.Contains("share no prompt", page.Find("[data-testid=no-shared-prompts]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_two_runs_it_asks_for_them()
    {
        await SeedAsync();

        var page = Render<RunComparePage>();

        page.WaitForAssertion(() => Assert.Contains("Pick two runs", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=shared-table]"));
    }

    private IRenderedComponent<RunComparePage> Open(int a, int b)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/runs/compare?a={a}&b={b}");
        return Render<RunComparePage>();
    }

    private const int RunPagesLibraryPrompts = RunPages.RunPagesLibrary.PromptCount;
}
