using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Matrix;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.RunPages;

public sealed class RunMatrixPageTests : RunPagesTestContext
{
    [Fact]
    public async Task Every_candidate_and_method_is_a_column_and_cells_show_score_and_verdict()
    {
        var run = await SeedMatrixRunAsync();

        var page = Render<RunMatrixPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=matrix-row]").Count));
        Assert.Equal(
            ["1 · Concise #1", "2 · Concise #2", "3 · Detailed", "Best-of-N", "Fusion-of-N"],
            page.FindAll("[data-testid=matrix-column]").Select(c => c.TextContent.Trim()));
        var first = page.FindAll("[data-testid=matrix-row]")[0];
        Assert.Equal("1", first.GetAttribute("data-prompt"));
        Assert.Equal("#1", first.QuerySelector("[data-testid=matrix-prompt-link]")!.TextContent.Trim());
        var cells = first.QuerySelectorAll("[data-testid=matrix-cell]");
        Assert.Equal("8.00", cells[1].QuerySelector("[data-testid=cell-score]")!.TextContent);
        Assert.Equal("Best-of-N", cells[1].QuerySelector("[data-testid=cell-pick]")!.TextContent);
        Assert.Contains("fs-verdict-loss", cells[3].ClassName, StringComparison.Ordinal);
        Assert.Contains("fs-verdict-win", cells[4].ClassName, StringComparison.Ordinal);
        Assert.Equal("9.00", cells[4].QuerySelector("[data-testid=cell-score]")!.TextContent);
        Assert.Contains("Answer 0.1 and what it leaves out", cells[4].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/runs/{run.Id}/prompts/{await PromptIdAsync(0)}", cells[4].GetAttribute("data-href"));
        Assert.Equal("0", cells[0].GetAttribute("tabindex"));
    }

    [Fact]
    public async Task Differences_only_keeps_the_prompts_where_the_judge_preferred_a_method()
    {
        var run = await SeedMatrixRunAsync();
        var page = Render<RunMatrixPage>(p => p.Add(c => c.RunId, run.Id));
        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=matrix-row]").Count));

        page.Find("input[data-testid=differences-only]").Change(true);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=matrix-row]")));
        Assert.Equal("1", page.Find("[data-testid=matrix-row]").GetAttribute("data-prompt"));
        Assert.Equal("1 prompt", page.Find("[data-testid=matrix-total]").TextContent.Trim());
    }

    [Fact]
    public async Task The_word_diff_marks_what_the_fused_answer_adds_to_the_best_of_n_answer()
    {
        var run = await SeedMatrixRunAsync();
        var page = Render<RunMatrixPage>(p => p.Add(c => c.RunId, run.Id));
        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=matrix-row]").Count));

        page.Find("input[data-testid=show-diff]").Change(true);

        var diff = page.WaitForElement("[data-testid=cell-diff]");
        Assert.Equal("and what it leaves out", string.Concat(diff.QuerySelectorAll("ins").Select(i => i.TextContent)).Trim());
        Assert.Empty(diff.QuerySelectorAll("del"));
        Assert.Equal("Answer 0.1 and what it leaves out", diff.TextContent.Trim());
    }

    [Fact]
    public void An_unknown_run_says_so()
    {
        var page = Render<RunMatrixPage>(p => p.Add(c => c.RunId, 404));

        page.WaitForAssertion(() => Assert.Contains("No such run", page.Markup, StringComparison.Ordinal));
    }

    private async Task<long> PromptIdAsync(int ordinal)
    {
        await using var db = Db();
        return await db.RunPrompts.Where(p => p.Ordinal == ordinal).Select(p => p.PromptId).SingleAsync();
    }

    /// <summary>
    /// The half-way run with answers for its first two prompts: on the first the judge prefers the fused answer over
    /// Best-of-N's pick (Concise's second sample); on the second it calls a tie.
    /// </summary>
    private async Task<Run> SeedMatrixRunAsync()
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        var run = await RunPagesRun.SeedAsync(db, library);
        var version = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PointwiseTemplateId).Select(v => v.Id).FirstAsync();
        var pairwise = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PairwiseTemplateId).Select(v => v.Id).FirstAsync();
        await db.Runs.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.PointwiseJudgeTemplateVersionId, version));
        var prompts = await db.RunPrompts.Where(p => p.RunId == run.Id).OrderBy(p => p.Ordinal).Select(p => p.PromptId).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 2; i++)
        {
            var prompt = prompts[i];
            var candidates = await db.Candidates.Where(c => c.RunId == run.Id && c.PromptId == prompt && c.TeacherId == library.ConciseId).OrderBy(c => c.SampleIndex).ToListAsync();
            if (candidates.Count == 0)
            {
                candidates = [.. Enumerable.Range(0, 2).Select(s => new Candidate { RunId = run.Id, PromptId = prompt, TeacherId = library.ConciseId, SampleIndex = s, Text = $"Answer {i}.{s}", CreatedAt = now })];
                db.Candidates.AddRange(candidates);
            }

            var detailed = new Candidate { RunId = run.Id, PromptId = prompt, TeacherId = library.DetailedId, SampleIndex = 0, Text = $"Answer {i} in detail", CreatedAt = now };
            db.Candidates.Add(detailed);
            await db.SaveChangesAsync();
            double[] values = [6, 8, 7];
            var scored = candidates.Append(detailed).Select((c, k) => (c.Id, Value: values[k])).ToList();
            // The seed's first candidate already has an (unreadable) score: it is given its value instead.
            foreach (var (id, value) in scored)
            {
                if (await db.Scores.Where(x => x.CandidateId == id).ExecuteUpdateAsync(set => set.SetProperty(x => x.Value, value).SetProperty(x => x.Error, (string?)null)) == 0)
                {
                    db.Scores.Add(new Score { RunId = run.Id, CandidateId = id, JudgeTeacherId = library.JudgeId, TemplateVersionId = version, Value = value, CreatedAt = now });
                }
            }

            var fused = new Aggregate { RunId = run.Id, PromptId = prompt, Method = AggregationMethod.FusionOfN, CandidateLimit = 3, Text = $"Answer {i}.1 and what it leaves out", CreatedAt = now };
            db.Aggregates.AddRange(
                new Aggregate { RunId = run.Id, PromptId = prompt, Method = AggregationMethod.BestOfN, CandidateLimit = 3, SelectedCandidateId = candidates[1].Id, CreatedAt = now },
                fused);
            await db.SaveChangesAsync();
            db.Scores.Add(new Score { RunId = run.Id, AggregateId = fused.Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = version, Value = 9, CreatedAt = now });
            db.Comparisons.Add(new Comparison
            {
                RunId = run.Id, PromptId = prompt, MethodA = AggregationMethod.FusionOfN, MethodB = AggregationMethod.BestOfN, TemplateVersionId = pairwise,
                Final = i == 0 ? PairVerdict.A : PairVerdict.Tie, CreatedAt = now, Language = "en", Task = "general",
            });
            await db.SaveChangesAsync();
        }

        return run;
    }
}
