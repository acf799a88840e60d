using Bunit;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Detail;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>The run page's prompt table over the 10-prompt run of <see cref="RunPagesRun"/> (even ordinals English, odd Arabic).</summary>
public sealed class RunPromptTableTests : RunPagesTestContext
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task A_language_in_the_address_shows_only_those_prompts()
    {
        var runId = await SeedAsync();
        Navigation.NavigateTo($"/runs/{runId}?lang=ar");

        var table = Render<RunPromptTable>(p => p.Add(c => c.RunId, runId));

        table.WaitForAssertion(() => Assert.Equal(5, Rows(table).Count));
        Assert.All(table.FindAll("[data-testid=row-language]"), cell => Assert.Equal("ar", cell.TextContent.Trim()));
        Assert.Equal(["2", "4", "6", "8", "10"], table.FindAll("[data-testid=prompt-link]").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Search_finds_a_prompt_and_keeps_the_search_in_the_address()
    {
        var runId = await SeedAsync();
        Navigation.NavigateTo($"/runs/{runId}");
        var table = Render<RunPromptTable>(p => p.Add(c => c.RunId, runId));
        table.WaitForAssertion(() => Assert.Equal(10, Rows(table).Count));

        table.Find("input[data-testid=prompt-search], [data-testid=prompt-search] input").Input("NUMBER 7");

        table.WaitForAssertion(() => Assert.Single(Rows(table)));
        Assert.Contains("Question number 7?", Rows(table)[0].TextContent, StringComparison.Ordinal);
        Assert.EndsWith($"/runs/{runId}?q=NUMBER%207", Navigation.Uri, StringComparison.Ordinal);
        var link = table.Find("[data-testid=prompt-link]").GetAttribute("href");
        Assert.EndsWith("?q=NUMBER%207&at=0", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verdicts_and_fused_scores_filter_and_sort_the_rows()
    {
        var runId = await SeedAsync(withAnswers: true);
        Navigation.NavigateTo($"/runs/{runId}?sort=Score&desc=1");

        var table = Render<RunPromptTable>(p => p.Add(c => c.RunId, runId));

        table.WaitForAssertion(() => Assert.Equal(10, Rows(table).Count));
        Assert.Equal("Score (fused answer)", table.Find("[data-testid=score-header]").TextContent.Trim());
        Assert.Equal(["9", "8", "7", "—"], table.FindAll("[data-testid=row-score]").Take(4).Select(c => c.TextContent.Trim()));
        Assert.Equal(["Win", "Loss", "Tie", "—"], table.FindAll("[data-testid=row-verdict]").Take(4).Select(c => c.TextContent.Trim()));

        Navigation.NavigateTo($"/runs/{runId}?verdict=Win");
        table.WaitForAssertion(() => Assert.Single(Rows(table)));
        Assert.Equal("1", table.Find("[data-testid=prompt-link]").TextContent.Trim());

        Navigation.NavigateTo($"/runs/{runId}?min=7.5&max=8.5");
        table.WaitForAssertion(() => Assert.Equal(["8"], table.FindAll("[data-testid=row-score]").Select(c => c.TextContent.Trim())));
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<RunPromptTable> table) =>
        table.FindAll("[data-testid=prompt-table] tbody tr").Where(r => r.QuerySelector("[data-testid=prompt-link]") is not null).ToList();

    // With answers: the first three prompts have fused scores 9, 8, 7 and verdicts win, loss, tie for Fusion-of-N vs Best-of-N.
    private async Task<int> SeedAsync(bool withAnswers = false)
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        var run = await RunPagesRun.SeedAsync(db, library);
        if (!withAnswers)
        {
            return run.Id;
        }

        var pointwise = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PointwiseTemplateId).Select(v => v.Id).FirstAsync();
        var pairwise = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PairwiseTemplateId).Select(v => v.Id).FirstAsync();
        var tracked = await db.Runs.SingleAsync(r => r.Id == run.Id);
        tracked.PointwiseJudgeTemplateVersionId = pointwise;
        var prompts = await db.RunPrompts.Where(p => p.RunId == run.Id).OrderBy(p => p.Ordinal).Select(p => p.PromptId).Take(3).ToListAsync();
        var fused = prompts.Select(id => new Aggregate { RunId = run.Id, PromptId = id, Method = AggregationMethod.FusionOfN, CandidateLimit = 3, Text = "fused" }).ToList();
        db.Aggregates.AddRange(fused);
        await db.SaveChangesAsync();
        PairVerdict[] verdicts = [PairVerdict.A, PairVerdict.B, PairVerdict.Tie];
        for (var i = 0; i < 3; i++)
        {
            db.Scores.Add(new Score { RunId = run.Id, AggregateId = fused[i].Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = pointwise, Value = 9 - i, Attempts = 1 });
            db.Comparisons.Add(new Comparison
            {
                RunId = run.Id, PromptId = prompts[i], MethodA = AggregationMethod.FusionOfN, MethodB = AggregationMethod.BestOfN, TemplateVersionId = pairwise, Final = verdicts[i],
                Language = "en", Task = "general",
            });
        }

        await db.SaveChangesAsync();
        // Written past the pipeline: store the table's scores and verdicts as its write path does.
        await PromptTableSummaryWriter.RefreshRunAsync(db, run.Id, CancellationToken.None);
        return run.Id;
    }
}
