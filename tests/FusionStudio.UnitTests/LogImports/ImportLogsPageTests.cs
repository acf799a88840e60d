using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web.Components.Pages.Runs.Import;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.LogImports;

public sealed class ImportLogsPageTests : ImportLogsPageTestContext
{
    [Fact]
    public async Task The_preview_shows_the_models_queries_and_languages_of_the_file()
    {
        await SeedLibraryAsync();
        var page = Render<ImportLogsPage>();

        Upload(page, LogSamples.Jsonl, "sample.jsonl");

        page.WaitForAssertion(() => Assert.Equal(["model-a", "model-b", "model-c"], page.FindAll("[data-testid=log-model] b").Select(b => b.TextContent)));
        Assert.StartsWith("6", page.Find("[data-testid=log-records]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("3", page.Find("[data-testid=log-queries]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("de · German · 1", page.Find("[data-testid=log-languages]").TextContent, StringComparison.Ordinal);
        Assert.Contains("math · 1", page.Find("[data-testid=log-tasks]").TextContent, StringComparison.Ordinal);
        Assert.Contains("4 query–model pairs without an answer", page.Find("[data-testid=log-missing]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=log-error]"));
        Assert.False(page.Find("[data-testid=import-start]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task The_preview_lists_each_error_with_its_line_and_field_and_import_stays_off()
    {
        await SeedLibraryAsync();
        var page = Render<ImportLogsPage>();

        Upload(page, "query,model,response,cost\nQ?,m,A,0.1\nQ?,,A,-2\n", "broken.csv");

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=log-error]").Count));
        var rows = page.FindAll("[data-testid=log-error]").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["3", "model", "is required"], rows[0]);
        Assert.Equal(["3", "cost", "must not be negative"], rows[1]);
        Assert.Contains("2 problems in broken.csv", page.Find("[data-testid=log-error-summary]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=log-model]"));
        Assert.True(page.Find("[data-testid=import-start]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Import_and_start_stores_the_run_launches_it_and_opens_its_page()
    {
        await SeedLibraryAsync();
        var page = Render<ImportLogsPage>();
        Upload(page, LogSamples.Csv, "sample.csv");
        page.WaitForElement("[data-testid=log-model]");

        page.Find("[data-testid=import-start]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        await using var db = Db();
        var run = await Eventually(async () => await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Source == RunSource.ImportedLog));
        page.WaitForAssertion(() => Assert.EndsWith($"/runs/{run.Id}", navigation.Uri, StringComparison.Ordinal));
        Assert.Equal(6, await db.Candidates.CountAsync(c => c.RunId == run.Id));
        Assert.NotEmpty(Jobs.Jobs);
    }

    private static void Upload(IRenderedComponent<ImportLogsPage> page, string text, string fileName)
    {
        page.WaitForElement("[data-testid=choose-log]");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(text, fileName));
    }

    private static async Task<T> Eventually<T>(Func<Task<T?>> read) where T : class =>
        await Testing.Eventually.ValueAsync(read, TimeSpan.FromSeconds(10));

    private async Task SeedLibraryAsync()
    {
        await using var db = Db();
        await RunPagesLibrary.SeedAsync(db);
    }
}
