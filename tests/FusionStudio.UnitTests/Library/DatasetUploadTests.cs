using Bunit;
using FusionStudio.Testing;
using FusionStudio.Web.Components.Pages.Library.Datasets;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace FusionStudio.UnitTests.Library;

/// <summary>The upload flow of the new-dataset page: choose a file, see the detected mapping and preview, change it, import.</summary>
public sealed class DatasetUploadTests : LibraryTestContext
{
    private const string QaCsv = """
        question,answer,lang,notes
        What is the boiling point of water at sea level?,100 °C,en,physics
        ما هي عاصمة مصر؟,القاهرة,en,geography
        """;

    [Fact]
    public async Task An_uploaded_file_is_previewed_with_its_mapping_which_can_be_changed_before_import()
    {
        var page = RenderUploadTab();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(QaCsv, "capitals.csv"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=preview-row]").Count));
        Assert.Contains("Detected CSV with plain prompts", page.Find("[data-testid=detected]").TextContent, StringComparison.Ordinal);
        var firstRow = page.FindAll("[data-testid=preview-row]")[0];
        Assert.Contains("100 °C", firstRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("auto", firstRow.QuerySelector("td div")!.GetAttribute("dir"));
        Assert.Single(page.FindAll("[data-testid=language-flag]"));
        Assert.Equal("capitals", page.Input("Name").GetAttribute("value"));

        // The notes column becomes the task instead of metadata; the answer is no longer the reference.
        await page.InvokeAsync(() => Select(page, "Task field").ValueChanged.InvokeAsync("notes"));
        await page.InvokeAsync(() => Select(page, "Reference field").ValueChanged.InvokeAsync(""));
        page.WaitForAssertion(() => Assert.Contains("physics", page.FindAll("[data-testid=preview-row]")[0].QuerySelectorAll("td")[3].TextContent, StringComparison.Ordinal));

        page.Find("[data-testid=create-dataset]").Click();

        await using var db = Db();
        var prompts = await WaitForPromptsAsync(db);
        Assert.Equal(["What is the boiling point of water at sea level?", "ما هي عاصمة مصر؟"], prompts.Select(p => p.Text));
        Assert.Equal(("physics", null, "100 °C"), (prompts[0].Task, prompts[0].Reference, prompts[0].Metadata["answer"]));
        Assert.Null(prompts[0].LanguageWarning);
        Assert.Contains("Arabic", prompts[1].LanguageWarning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_bad_rows_shows_the_validation_report_and_stores_nothing()
    {
        var page = RenderUploadTab();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("""
            {"messages": [{"role": "user", "content": "Hello"}]}
            {"messages": [{"role": "system", "content": "Be brief."}]}
            {"messages": [{"role": "user", "content": "Bye"}], "language": "klingon!"}
            """, "chats.jsonl"));
        page.WaitForAssertion(() => Assert.Contains("OpenAI chat messages", page.Find("[data-testid=detected]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=create-dataset]").Click();

        page.WaitForAssertion(() => Assert.Contains("Nothing was stored.", page.Find("[data-testid=import-errors]").TextContent, StringComparison.Ordinal));
        var rows = page.Find("[data-testid=error-table]").QuerySelectorAll("tbody tr").Select(tr => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(["2|messages|no user message", "3|language|\"klingon!\" is not a language code like en, pt-BR or zh-Hans"], rows);
        await using var db = Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
        Assert.Equal(0, await db.DatasetPrompts.CountAsync());
    }

    [Fact]
    public void A_wrong_delimiter_is_shown_before_import()
    {
        var page = RenderUploadTab();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("prompt;language\nHallo;de\n", "semicolons.csv"));

        page.WaitForAssertion(() => Assert.Contains("separated by semicolons", page.Find("[data-testid=preview-errors]").TextContent, StringComparison.Ordinal));
    }

    private IRenderedComponent<DatasetNew> RenderUploadTab()
    {
        var page = Render<DatasetNew>();
        page.FindAll(".mud-tab").Single(tab => tab.TextContent.Contains("Upload a file", StringComparison.Ordinal)).Click();
        return page;
    }

    private static MudSelect<string> Select(IRenderedComponent<DatasetNew> page, string label) =>
        page.FindComponents<MudSelect<string>>().Single(select => select.Instance.Label == label).Instance;

    private static Task<List<Domain.Datasets.DatasetPrompt>> WaitForPromptsAsync(Data.FusionDbContext db) =>
        Eventually.ValueAsync(async () =>
        {
            var prompts = await db.DatasetPrompts.AsNoTracking().OrderBy(p => p.Ordinal).ToListAsync();
            return prompts.Count > 0 ? prompts : null;
        });
}
