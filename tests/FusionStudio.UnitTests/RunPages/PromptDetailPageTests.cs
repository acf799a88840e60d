using Bunit;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Testing;
using FusionStudio.Web.Components.Pages.Runs.Prompts;
using FusionStudio.Web.Components.Pages.Runs.Report;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.RunPages;

public sealed class PromptDetailPageTests : RunPagesTestContext
{
    private const string FusedText = "Sleep at least seven hours, and review your notes in short daily sessions. Good luck!";

    [Fact]
    public async Task Marks_each_methods_choice_and_shows_answers_as_sanitized_markdown()
    {
        var (runId, promptId) = await SeedAsync();

        var page = Render<PromptDetailPage>(p => p.Add(c => c.RunId, runId).Add(c => c.PromptId, promptId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=candidate]").Count));
        var candidates = page.FindAll("[data-testid=candidate]");
        Assert.Equal("MBR choice", candidates[0].QuerySelector("[data-testid=choice-mbr]")!.TextContent.Trim());
        Assert.Empty(candidates[0].QuerySelectorAll("[data-testid=choice-bestofn]"));
        Assert.Equal("Best-of-N choice", candidates[1].QuerySelector("[data-testid=choice-bestofn]")!.TextContent.Trim());
        Assert.Contains("Score 8", candidates[1].QuerySelector("[data-testid=score]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Clear and practical.", candidates[1].QuerySelector("[data-testid=rationale]")!.TextContent, StringComparison.Ordinal);

        var text = candidates[1].QuerySelector("[data-testid=candidate-text]")!;
        Assert.Equal("auto", text.GetAttribute("dir"));
        Assert.Equal("Review", text.QuerySelector("strong")!.TextContent);
        Assert.Empty(text.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", text.TextContent, StringComparison.Ordinal);
        var link = text.QuerySelector("a")!;
        Assert.Null(link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));

        Assert.Contains("Candidate #2", page.Find("[data-testid=selected-candidate]").TextContent, StringComparison.Ordinal);
        Assert.Contains("#2, #1", page.Find("[data-testid=presented-order]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Score 7.5", page.Find("[data-testid=aggregate-score]").TextContent.Trim());
        Assert.Equal("Fusion-of-N wins", page.Find("[data-testid=final-verdict]").TextContent.Trim());
        // The judge's JSON is read, not shown: this answer named a winner and gave no rationale.
        Assert.Equal("(the judge gave no rationale)", page.Find("[data-testid=rationale-a-first]").TextContent);
        Assert.Contains("cache hit", candidates[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calls_tab_traces_every_call_with_its_retries_failures_and_messages()
    {
        var (runId, promptId) = await SeedAsync();
        await using (var db = Db())
        {
            var at = DateTimeOffset.UtcNow.AddMinutes(1);
            var retried = TestCalls.One(ModelCallPurpose.Fuse, runId, promptId, at, inputTokens: 321, outputTokens: 45, cost: 0.0042m)[0];
            retried.Attempts = 2;
            retried.Request = CallBodyCodec.EncodeMessages([new PromptMessage(ChatRole.System, "Fuse the candidates."), new PromptMessage(ChatRole.User, "Candidate 1: drink water.")]);
            retried.Response = CallBodyCodec.EncodeText("{\"answer\": \"Drink water and sleep.\"}");
            var failed = TestCalls.One(ModelCallPurpose.Compare, runId, promptId, at.AddSeconds(1), error: "HTTP 500 server error after 3 attempts")[0];
            failed.Attempts = 3;
            db.ModelCalls.AddRange(retried, failed);
            await db.SaveChangesAsync();
        }

        var page = Render<PromptDetailPage>(p => p.Add(c => c.RunId, runId).Add(c => c.PromptId, promptId));
        page.WaitForElement("[data-testid=prompt-tabs]");
        await using var check = Db();
        var expected = await check.ModelCalls.CountAsync(c => c.RunId == runId && c.PromptId == promptId);
        var tab = page.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Calls", StringComparison.Ordinal));
        Assert.Equal($"Calls ({expected})", tab.TextContent.Trim());
        tab.Click();

        page.WaitForAssertion(() => Assert.Equal(expected, page.FindAll("[data-testid=call]").Count));
        var summaries = page.FindAll("[data-testid=call-summary]");

        // In the order they started: the seeded candidates' calls first, then the retried fusion and the failed comparison.
        var fusion = summaries[^2];
        Assert.Equal("Fuse", fusion.QuerySelector("[data-testid=call-purpose]")!.TextContent.Trim());
        Assert.Equal("2 attempts", fusion.QuerySelector("[data-testid=call-attempts]")!.TextContent.Trim());
        Assert.Equal("$0.0042", fusion.QuerySelector("[data-testid=call-cost]")!.TextContent.Trim());
        Assert.Empty(fusion.QuerySelectorAll("[data-testid=call-error]"));
        var comparison = summaries[^1];
        Assert.Equal("Compare", comparison.QuerySelector("[data-testid=call-purpose]")!.TextContent.Trim());
        Assert.Equal("3 attempts", comparison.QuerySelector("[data-testid=call-attempts]")!.TextContent.Trim());
        Assert.Contains("HTTP 500 server error after 3 attempts", comparison.QuerySelector("[data-testid=call-error]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(summaries[0].QuerySelectorAll("[data-testid=call-cache-hit]"));

        // Opened, a call shows the messages exactly as sent and the answer exactly as received.
        var panels = page.FindAll("[data-testid=call]");
        var messages = panels[^2].QuerySelectorAll("[data-testid=call-message] pre").Select(m => m.TextContent).ToList();
        Assert.Equal(["Fuse the candidates.", "Candidate 1: drink water."], messages);
        Assert.Equal("{\"answer\": \"Drink water and sleep.\"}", panels[^2].QuerySelector("[data-testid=call-response]")!.TextContent);
    }

    [Fact]
    public async Task Show_sources_highlights_the_fused_answer_by_candidate_with_shares()
    {
        var (runId, promptId) = await SeedAsync();
        var page = Render<PromptDetailPage>(p => p.Add(c => c.RunId, runId).Add(c => c.PromptId, promptId));
        var fused = page.WaitForElement("[data-method=FusionOfN]");
        Assert.Equal(FusedText, fused.QuerySelector("[data-testid=aggregate-text]")!.TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=attribution-legend]"));

        page.Find("input[data-testid=show-sources], [data-testid=show-sources] input").Change(true);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=attributed-text]")));
        var shares = page.FindAll("[data-testid=legend-item]").Select(i => (i.GetAttribute("data-candidate"), i.QuerySelector("[data-testid=legend-share]")!.TextContent)).ToList();
        Assert.Equal([("1", "33%"), ("2", "47%")], shares);
        Assert.Equal("20%", page.Find("[data-testid=legend-new] [data-testid=legend-share]").TextContent);
        var highlighted = page.Find("[data-testid=attributed-text]");
        Assert.Equal(FusedText, highlighted.TextContent);
        Assert.Equal("Sleep at least seven hours", highlighted.QuerySelector("[data-candidate='1']")!.TextContent);
        Assert.Equal("review your notes in short daily sessions", highlighted.QuerySelector("[data-candidate='2']")!.TextContent);
        Assert.Equal(["and", "Good luck"], highlighted.QuerySelectorAll("[data-candidate=new]").Select(s => s.TextContent));
        Assert.Contains("fs-src-1", highlighted.QuerySelector("[data-candidate='2']")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Previous_and_next_follow_the_tables_filter_and_order()
    {
        int runId;
        long[] ids;
        await using (var db = Db())
        {
            var library = await RunPagesLibrary.SeedAsync(db);
            var run = await RunPagesRun.SeedAsync(db, library);
            runId = run.Id;
            ids = await db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).Select(p => p.PromptId).ToArrayAsync();
        }

        // Arabic prompts (odd ordinals) from the last: 9, 7, 5, 3, 1. The third of them is ordinal 5.
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/runs/{runId}/prompts/{ids[5]}?lang=ar&sort=Ordinal&desc=1&at=2");
        var page = Render<PromptDetailPage>(p => p.Add(c => c.RunId, runId).Add(c => c.PromptId, ids[5]));

        page.WaitForAssertion(() => Assert.Equal($"/runs/{runId}/prompts/{ids[7]}?lang=ar&desc=1&at=1", page.Find("[data-testid=previous-prompt]").GetAttribute("href")));
        Assert.Equal($"/runs/{runId}/prompts/{ids[3]}?lang=ar&desc=1&at=3", page.Find("[data-testid=next-prompt]").GetAttribute("href"));
    }

    [Fact]
    public async Task Without_the_tables_state_previous_and_next_go_by_dataset_order()
    {
        var (runId, promptId) = await SeedAsync();
        await using var db = Db();
        var second = await db.RunPrompts.Where(p => p.RunId == runId && p.Ordinal == 1).Select(p => p.PromptId).SingleAsync();

        var page = Render<PromptDetailPage>(p => p.Add(c => c.RunId, runId).Add(c => c.PromptId, promptId));

        page.WaitForAssertion(() => Assert.Equal($"/runs/{runId}/prompts/{second}", page.Find("[data-testid=next-prompt]").GetAttribute("href")));
        Assert.Null(page.Find("[data-testid=previous-prompt]").GetAttribute("href"));
    }

    [Fact]
    public async Task Answers_whose_script_does_not_fit_the_prompts_language_are_flagged_on_the_page_and_counted_in_the_report()
    {
        var (runId, promptId) = await SeedAsync();
        await using (var db = Db())
        {
            // The prompt is Arabic; its first candidate and the Best-of-N answer become Arabic too, the rest stays English.
            await db.DatasetPrompts.Where(p => p.Id == promptId).ExecuteUpdateAsync(set => set.SetProperty(p => p.Language, "ar"));
            var first = await db.Candidates.Where(c => c.RunId == runId && c.PromptId == promptId).OrderBy(c => c.SampleIndex).FirstAsync();
            first.Text = "اشرب الماء قبل الامتحان ونم سبع ساعات على الأقل.";
            await db.SaveChangesAsync();
            await db.Aggregates.Where(a => a.RunId == runId && a.PromptId == promptId && a.Method == AggregationMethod.Mbr)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Text, first.Text));
        }

        var page = Render<PromptDetailPage>(p => p.Add(c => c.RunId, runId).Add(c => c.PromptId, promptId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=candidate]").Count));
        var candidates = page.FindAll("[data-testid=candidate]");
        Assert.Empty(candidates[0].QuerySelectorAll("[data-testid=language-flag]"));
        Assert.Contains("Wrong script/language", candidates[1].QuerySelector("[data-testid=language-flag]")!.TextContent, StringComparison.Ordinal);
        string[] flagged = [.. page.FindAll("[data-testid=aggregate]").Where(a => a.QuerySelector("[data-testid=language-flag]") is not null).Select(a => a.GetAttribute("data-method")!)];
        Assert.Equal(["BestOfN", "FusionOfN"], flagged.Order());

        var section = Render<AnswerLanguageSection>(p => p.Add(c => c.RunId, runId));
        section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll("[data-testid=answer-language-row]")));
        string Wrong(string method) => section.Find($"[data-testid=answer-language-row][data-method={method}] [data-testid=wrong-language]").TextContent.Trim();
        Assert.Equal(("1", "0", "1"), (Wrong("BestOfN"), Wrong("Mbr"), Wrong("FusionOfN")));
    }

    private async Task<(int RunId, long PromptId)> SeedAsync()
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        var run = await RunPagesRun.SeedAsync(db, library);
        var pointwise = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PointwiseTemplateId).Select(v => v.Id).FirstAsync();
        var tracked = await db.Runs.SingleAsync(r => r.Id == run.Id);
        tracked.PointwiseJudgeTemplateVersionId = pointwise;
        var candidates = await db.Candidates.Where(c => c.RunId == run.Id && c.Error == null).OrderBy(c => c.SampleIndex).ToListAsync();
        var promptId = candidates[0].PromptId;
        candidates[0].Text = "Drink water before the exam and sleep at least seven hours.";
        candidates[1].Text = "**Review** your notes in short daily sessions. <script>alert(1)</script> [x](javascript:alert(1))";
        await db.SaveChangesAsync();

        db.Scores.Add(new Score
        {
            RunId = run.Id, CandidateId = candidates[1].Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = pointwise,
            Value = 8, Rationale = "Clear and practical.", Attempts = 1, CreatedAt = DateTimeOffset.UtcNow,
        });
        var fused = new Aggregate
        {
            RunId = run.Id, PromptId = promptId, Method = AggregationMethod.FusionOfN, CandidateLimit = 3, Text = FusedText,
            PresentedOrder = [candidates[1].Id, candidates[0].Id], SourceCandidateIds = [candidates[0].Id, candidates[1].Id],
        };
        db.Aggregates.AddRange(
            new Aggregate { RunId = run.Id, PromptId = promptId, Method = AggregationMethod.BestOfN, CandidateLimit = 3, SelectedCandidateId = candidates[1].Id, Text = candidates[1].Text },
            new Aggregate { RunId = run.Id, PromptId = promptId, Method = AggregationMethod.Mbr, CandidateLimit = 3, SelectedCandidateId = candidates[0].Id, Text = candidates[0].Text },
            fused);
        await db.SaveChangesAsync();
        db.Scores.Add(new Score
        {
            RunId = run.Id, AggregateId = fused.Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = pointwise, Value = 7.5, Attempts = 1, CreatedAt = DateTimeOffset.UtcNow,
        });
        db.Comparisons.Add(new Comparison
        {
            TemplateVersionId = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PairwiseTemplateId).Select(v => v.Id).FirstAsync(),
            RunId = run.Id,
            PromptId = promptId,
            MethodA = AggregationMethod.FusionOfN,
            MethodB = AggregationMethod.BestOfN,
            Language = "en",
            Task = "general",
            VerdictAFirst = PairVerdict.A,
            VerdictBFirst = PairVerdict.A,
            Final = PairVerdict.A,
            RawAnswerAFirst = "{\"winner\": \"A\"}",
            RawAnswerBFirst = "{\"winner\": \"B\"}",
        });
        await db.SaveChangesAsync();
        return (run.Id, promptId);
    }
}
