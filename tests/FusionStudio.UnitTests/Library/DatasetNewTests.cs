using Bunit;
using FusionStudio.Web.Components.Pages.Library.Datasets;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.Library;

public sealed class DatasetNewTests : LibraryTestContext
{
    [Fact]
    public async Task Pasted_prompts_become_a_dataset_with_the_default_language_and_task()
    {
        var page = Render<DatasetNew>();
        OpenPasteTab(page);

        page.Input("Name").Change("Pasted");
        page.Input("Default task").Change("qa");
        page.Find("[data-testid=pasted-prompts]").Input("What is BoN?\n\n  What is FusioN?  \nما هو الدمج؟");
        // Counted as typed, before the field loses focus.
        page.WaitForAssertion(() => Assert.Contains("3 prompts.", page.Markup, StringComparison.Ordinal));
        page.Find("[data-testid=create-dataset]").Click();

        await using var db = Db();
        var dataset = await WaitForDatasetAsync(db);
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == dataset.Id).OrderBy(p => p.Ordinal).ToListAsync();
        Assert.Equal(["What is BoN?", "What is FusioN?", "ما هو الدمج؟"], prompts.Select(p => p.Text));
        Assert.All(prompts, p => Assert.Equal(("en", "qa"), (p.Language, p.Task)));
    }

    [Fact]
    public async Task Nothing_pasted_is_an_error_and_nothing_is_stored()
    {
        var page = Render<DatasetNew>();
        OpenPasteTab(page);

        page.Input("Name").Change("Empty");
        page.Find("[data-testid=create-dataset]").Click();

        page.WaitForAssertion(() => Assert.Contains("Paste at least one prompt", page.Find("[data-testid=error-table]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Nothing was stored.", page.Find("[data-testid=import-errors]").TextContent, StringComparison.Ordinal);
        await using var db = Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
    }

    [Fact]
    public async Task A_missing_name_is_shown_under_the_name_field()
    {
        var page = Render<DatasetNew>();
        OpenPasteTab(page);

        page.Find("[data-testid=pasted-prompts]").Input("One prompt");
        page.Find("[data-testid=create-dataset]").Click();

        page.WaitForAssertion(() => Assert.Equal("Enter a name.", page.ErrorOf("Name")));
        await using var db = Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
    }

    private static void OpenPasteTab(IRenderedComponent<DatasetNew> page) =>
        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Contains("Paste prompts", StringComparison.Ordinal)).Click();

    private static async Task<Domain.Datasets.Dataset> WaitForDatasetAsync(Data.FusionDbContext db)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await db.Datasets.AsNoTracking().SingleOrDefaultAsync() is { } dataset)
            {
                return dataset;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No dataset was stored.");
    }
}
