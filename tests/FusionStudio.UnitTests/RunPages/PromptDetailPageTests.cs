using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Prompts;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.RunPages;

public sealed class PromptDetailPageTests : RunPagesTestContext
{
    [Fact]
    public async Task Shows_candidates_answers_and_comparisons_as_plain_text()
    {
        long promptId;
        int runId;
        await using (var db = Db())
        {
            var library = await RunPagesLibrary.SeedAsync(db);
            var run = await RunPagesRun.SeedAsync(db, library);
            runId = run.Id;
            var candidates = await db.Candidates.Where(c => c.RunId == run.Id && c.Error == null).OrderBy(c => c.SampleIndex).ToListAsync();
            promptId = candidates[0].PromptId;
            candidates[1].Text = "<b>bold</b> <script>alert(1)</script>";
            db.Aggregates.AddRange(
                new Aggregate { RunId = run.Id, PromptId = promptId, Method = AggregationMethod.BestOfN, CandidateLimit = 3, SelectedCandidateId = candidates[1].Id, Text = candidates[1].Text },
                new Aggregate
                {
                    RunId = run.Id,
                    PromptId = promptId,
                    Method = AggregationMethod.FusionOfN,
                    CandidateLimit = 3,
                    Text = "مرحبا: the fused answer",
                    PresentedOrder = [candidates[1].Id, candidates[0].Id],
                });
            db.Comparisons.Add(new Comparison
            {
                TemplateVersionId = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PairwiseTemplateId).Select(v => v.Id).FirstAsync(),
                RunId = run.Id,
                PromptId = promptId,
                MethodA = AggregationMethod.FusionOfN,
                MethodB = AggregationMethod.BestOfN,
                VerdictAFirst = PairVerdict.A,
                VerdictBFirst = PairVerdict.A,
                Final = PairVerdict.A,
                RawAnswerAFirst = "{\"winner\": \"A\"}",
                RawAnswerBFirst = "{\"winner\": \"B\"}",
            });
            await db.SaveChangesAsync();
        }

        var page = Render<PromptDetailPage>(p => p.Add(c => c.RunId, runId).Add(c => c.PromptId, promptId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=candidate]").Count));
        var selected = page.FindAll("[data-testid=candidate]")[1];
        Assert.Contains("Selected by Best-of-N", selected.TextContent, StringComparison.Ordinal);
        var text = selected.QuerySelector("[data-testid=candidate-text]")!;
        Assert.Equal("pre", text.TagName, ignoreCase: true);
        Assert.Equal("auto", text.GetAttribute("dir"));
        Assert.Equal("<b>bold</b> <script>alert(1)</script>", text.TextContent);
        Assert.Empty(text.Children);
        Assert.Contains("Candidate #2", page.Find("[data-testid=selected-candidate]").TextContent, StringComparison.Ordinal);
        Assert.Contains("#2, #1", page.Find("[data-testid=presented-order]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Fusion-of-N wins", page.Find("[data-testid=final-verdict]").TextContent.Trim());
        Assert.Contains("cache hit", page.FindAll("[data-testid=candidate]")[0].TextContent, StringComparison.Ordinal);
    }
}
