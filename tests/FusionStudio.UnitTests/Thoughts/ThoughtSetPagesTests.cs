using Bunit;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.PastAnswers;
using FusionStudio.Jobs.Thoughts;
using FusionStudio.Testing;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web;
using FusionStudio.Web.Components.Pages.Thoughts;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.UnitTests.Thoughts;

/// <summary>The thought template pages with their real query on a migrated SQLite file holding the shared routing logs.</summary>
public sealed class ThoughtSetPagesTests : ThoughtPagesTestContext
{
    [Fact]
    public async Task The_list_shows_each_set_s_progress_and_cost_and_the_set_page_shows_query_sources_and_template()
    {
        var (setId, topScore) = await SeedAsync();

        var list = Render<ThoughtSetList>();

        list.WaitForAssertion(() => Assert.Single(list.FindAll("[data-testid=thought-set-link]")));
        Assert.Equal("sample thoughts", list.Find("[data-testid=thought-set-link]").TextContent.Trim());
        Assert.Equal("2 / 300", list.Find("[data-testid=thought-set-templates]").TextContent.Trim());
        Assert.Contains("$0.0030", list.Find("[data-testid=thought-set-table]").TextContent, StringComparison.Ordinal);

        var page = Render<ThoughtSetDetail>(p => p.Add(x => x.Id, setId));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=thought-template]").Count));
        Assert.Contains("3 calls, $0.0030", page.Find("[data-testid=thought-set-facts]").TextContent, StringComparison.Ordinal);
        var first = page.FindAll("[data-testid=thought-template]")[0];
        Assert.Equal("Math word problem. Step 1: write the quantities. Answer with the number.", first.QuerySelector("[data-testid=thought-text]")!.TextContent.Trim());
        Assert.StartsWith("Q: There are", first.QuerySelector("[data-testid=thought-query]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(3, first.QuerySelectorAll("[data-testid=thought-source]").Length);
        // Best first: the first source has the query's top score.
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"score {topScore:0.00}"), first.QuerySelectorAll("[data-testid=thought-source]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("HTTP 429 rate limited after 5 attempts", page.FindAll("[data-testid=thought-template]")[2].QuerySelector("[data-testid=thought-error]")!.TextContent.Trim());
        Assert.True(page.Find("[data-testid=thought-next]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_set_that_is_building_shows_its_progress_until_the_build_is_done()
    {
        var (setId, _) = await SeedAsync();
        await using (var db = Database.CreateDbContext())
        {
            await db.ThoughtTemplateSets.Where(s => s.Id == setId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ThoughtTemplateSetStatus.Building));
        }

        var page = Render<ThoughtSetDetail>(p => p.Add(x => x.Id, setId));

        page.WaitForAssertion(() => Assert.Contains("Building: 3 of 300 past queries summarized", page.Find("[data-testid=thought-set-progress]").TextContent, StringComparison.Ordinal));
        await using (var db = Database.CreateDbContext())
        {
            await db.ThoughtTemplateSets.Where(s => s.Id == setId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ThoughtTemplateSetStatus.Ready));
        }

        // The page reads the set again while it builds, so the bar goes once the job has finished.
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=thought-set-progress]")), TimeSpan.FromSeconds(10));
        Assert.Contains("Ready", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_set_says_so()
    {
        var page = Render<ThoughtSetDetail>(p => p.Add(x => x.Id, 4242));

        page.WaitForAssertion(() => Assert.Contains("does not exist", page.Markup, StringComparison.Ordinal));
    }

    /// <summary>The shared logs imported, and a set with two written templates and one failed, as a build leaves them.</summary>
    private async Task<(int SetId, double TopScore)> SeedAsync()
    {
        var importer = new LogImporter(Database, new EditorCheck(PlannerServices.Authorization()), Options.Create(new LogImportOptions()), TimeProvider.System);
        await using var file = RoutingLogSample.Open();
        var imported = await importer.ImportAsync(
            file, RoutingLogSample.FileName, new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, PlannerServices.Person(AppRoles.Member), RoutingLogSample.Prices);
        var runId = imported.RunId!.Value;
        var queries = (await new PastAnswerLoader(Database).LoadAsync([runId], CancellationToken.None)).Take(3).ToList();
        await using var db = Database.CreateDbContext();
        var teacherId = await db.Teachers.Select(t => t.Id).FirstAsync();
        var set = new ThoughtTemplateSet
        {
            Name = "sample thoughts", SourceRunIds = [runId], SummarizerTeacherId = teacherId, EmbeddingModel = EmbeddingModelKey.BuiltIn,
            Status = ThoughtTemplateSetStatus.Ready, Queries = RoutingLogSample.Queries, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ThoughtTemplateSets.Add(set);
        await db.SaveChangesAsync();
        string?[] texts = ["Math word problem. Step 1: write the quantities. Answer with the number.", "Logic grid. Step 1: place the fixed facts.", null];
        for (var i = 0; i < queries.Count; i++)
        {
            db.ThoughtTemplates.Add(new ThoughtTemplate
            {
                SetId = set.Id, PromptId = queries[i].PromptId, RunId = runId, Task = queries[i].Task,
                SourceCandidateIds = ThoughtSourceSelection.Select(queries[i].Answers).Select(a => a.CandidateId).ToList(),
                Text = texts[i], Error = texts[i] is null ? "HTTP 429 rate limited after 5 attempts" : null, CreatedAt = DateTimeOffset.UtcNow,
                Calls = [new ModelCall { Purpose = ModelCallPurpose.SummarizeThought, ThoughtTemplateSetId = set.Id, PromptId = queries[i].PromptId, Model = "summarizer", Usage = new() { Cost = 0.001m } }],
            });
        }

        await db.SaveChangesAsync();
        return (set.Id, queries[0].Answers.Max(a => a.Performance!.Value));
    }
}
