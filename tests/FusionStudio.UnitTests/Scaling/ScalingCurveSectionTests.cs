using Bunit;
using Bunit.TestDoubles;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Runs;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.Jobs.Runs;
using FusionStudio.Jobs.Scaling;
using FusionStudio.UnitTests.Components;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Scaling;
using FusionStudio.Web.Security;
using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace FusionStudio.UnitTests.Scaling;

/// <summary>
/// A finished run with N = 3 (teacher A two samples, teacher B one) over two prompts. Candidate scores: prompt one
/// 4, 8, 6; prompt two 6, 2, 9. Scored fused answers: FusioN@3 9 and 7, FusioN@1 5 (prompt one only).
/// </summary>
public sealed class ScalingCurveSectionTests : MudTestContext, IAsyncLifetime
{
    public ScalingCurveSectionTests()
    {
        Services.AddSingleton<IDbContextFactory<FusionDbContext>>(Database);
        Services.AddTransient<FusionStudio.Data.Calls.RunCallLog>();
        Services.AddLogging();
        Services.AddRunFeatures();
        Services.AddScalingFeatures();
        Services.AddSingleton<IBackgroundJobClient>(Jobs);
        Services.AddSingleton(Options.Create(new RunOptions()));
        Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        Services.AddSingleton<ApiKeyProtector>();
        Services.AddTransient<RunContextLoader>();
        Services.AddTransient<ScalingLauncher>();

        Auth = AddAuthorization();
        Auth.SetAuthorized("member@example.test");
        Auth.SetRoles(AppRoles.Member);
        Auth.SetPolicies(AuthorizationPolicies.Editor);
        Render<MudPopoverProvider>();
    }

    private RunPagesDatabase Database { get; } = new();

    private BunitAuthorizationContext Auth { get; }

    private RecordingJobClient Jobs { get; } = new();

    private FusionDbContext Db() => Database.CreateDbContext();

    private void SignInAsViewer()
    {
        Auth.SetRoles(AppRoles.Viewer);
        Auth.SetPolicies();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Database.Dispose();
    }

    [Fact]
    public async Task Shows_bon_and_fusion_points_with_their_prompt_counts()
    {
        var runId = await SeedFinishedRunAsync();

        var section = Render<ScalingCurveSection>(p => p.Add(c => c.RunId, runId));

        section.WaitForAssertion(() => Assert.Equal(3, section.FindAll("[data-testid=scaling-row]").Count));
        var rows = section.FindAll("[data-testid=scaling-row]").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        // Over all k-subsets of scores {4, 8, 6} and {6, 2, 9}. BoN@1: the mean candidate, 6 and 17/3; BoN@2: the
        // pairs' maxima 8, 6, 8 → 22/3 and 6, 9, 9 → 8; BoN@3: 8 and 9. Two prompts: the interval runs between them.
        Assert.Equal(["1", "5.83", "5.67 – 6.00", "2", "5.00", "5.00 – 5.00", "1"], rows[0]);
        Assert.Equal(["2", "7.67", "7.33 – 8.00", "2", "—", "—", "—"], rows[1]);
        Assert.Equal(["3", "8.50", "8.00 – 9.00", "2", "8.00", "7.00 – 9.00", "2"], rows[2]);
        Assert.Single(section.FindAll("[data-testid=scaling-chart]"));
        Assert.Single(section.FindAll("[data-testid=add-scaling-points]"));
    }

    [Fact]
    public async Task A_viewer_sees_the_curve_but_cannot_add_points_and_the_server_refuses_them()
    {
        var runId = await SeedFinishedRunAsync();
        SignInAsViewer();

        var section = Render<ScalingCurveSection>(p => p.Add(c => c.RunId, runId));

        section.WaitForAssertion(() => Assert.Equal(3, section.FindAll("[data-testid=scaling-row]").Count));
        Assert.Empty(section.FindAll("[data-testid=add-scaling-points]"));

        var viewer = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, AppRoles.Viewer)], "test"));
        var refused = await Services.GetRequiredService<ScalingCommands>().ConfirmAsync(runId, new ScalingRequest([2], 1), viewer);
        Assert.False(refused.Queued);
        Assert.Empty(Jobs.Jobs);
        await using var db = Db();
        Assert.Empty((await db.Runs.SingleAsync(r => r.Id == runId)).ScalingCandidateLimits);
    }

    [Fact]
    public async Task An_editor_sees_the_estimate_and_confirming_queues_the_points()
    {
        var runId = await SeedFinishedRunAsync();
        var dialog = Render<MudDialogProvider>();
        var section = Render<ScalingCurveSection>(p => p.Add(c => c.RunId, runId));
        section.WaitForAssertion(() => Assert.Single(section.FindAll("[data-testid=add-scaling-points]")));

        // Not awaited: the click's handler waits for the dialog to close.
        section.Find("[data-testid=add-scaling-points]").Click();

        // FusioN@1 exists for one prompt only, so both k = 1 and k = 2 are proposed: 2 prompts × 2 values × 3 subsets.
        dialog.WaitForAssertion(() => Assert.Equal("12", dialog.Find("[data-testid=scaling-fusor-calls]").TextContent.Trim()));
        Assert.Equal("12", dialog.Find("[data-testid=scaling-judge-calls]").TextContent.Trim());

        // Fewer subsets and a sample of one prompt: 1 prompt × 2 values × 2 subsets.
        dialog.Find("input[data-testid=scaling-subsets]").Change("2");
        dialog.WaitForAssertion(() => Assert.Equal("8", dialog.Find("[data-testid=scaling-fusor-calls]").TextContent.Trim()));
        dialog.Find("input[data-testid=scaling-prompts]").Change("1");
        dialog.WaitForAssertion(() => Assert.Equal("4", dialog.Find("[data-testid=scaling-fusor-calls]").TextContent.Trim()));

        await dialog.Find("button[data-testid=confirm-scaling]").ClickAsync(new());

        dialog.WaitForAssertion(() => Assert.Single(Jobs.Jobs));
        Assert.Equal(nameof(AdvanceScalingBatchJob), Jobs.Jobs[0].Type.Name);
        await using var db = Db();
        var stored = await db.Runs.SingleAsync(r => r.Id == runId);
        Assert.Equal([1, 2], stored.ScalingCandidateLimits);
        Assert.Equal((2, 1), (stored.ScalingSubsets, stored.ScalingPromptLimit));
    }

    private async Task<int> SeedFinishedRunAsync()
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        var pointwise = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PointwiseTemplateId).Select(v => v.Id).FirstAsync();
        var fusorVersion = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.FusorTemplateId).Select(v => v.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var run = new Run
        {
            Name = "Finished run",
            Status = RunStatus.Completed,
            DatasetId = library.DatasetId,
            Teachers = [new RunTeacher { TeacherId = library.ConciseId, SampleCount = 2, Position = 0 }, new RunTeacher { TeacherId = library.DetailedId, SampleCount = 1, Position = 1 }],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            JudgeTeacherId = library.JudgeId,
            FusorTeacherId = library.FusorId,
            PointwiseJudgeTemplateVersionId = pointwise,
            FusorTemplateVersionId = fusorVersion,
            Counters = new RunCounters { PromptCount = 2 },
            CreatedAt = now,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();

        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == library.DatasetId).OrderBy(p => p.Ordinal).Take(2).ToListAsync();
        db.RunPrompts.AddRange(prompts.Select(p => new RunPrompt { RunId = run.Id, PromptId = p.Id, Ordinal = p.Ordinal, Stage = PromptStage.Done }));
        double[][] scores = [[4, 8, 6], [6, 2, 9]];
        (int Teacher, int Sample)[] slots = [(library.ConciseId, 0), (library.ConciseId, 1), (library.DetailedId, 0)];
        for (var p = 0; p < prompts.Count; p++)
        {
            for (var c = 0; c < slots.Length; c++)
            {
                var candidate = new Candidate
                {
                    RunId = run.Id,
                    PromptId = prompts[p].Id,
                    TeacherId = slots[c].Teacher,
                    SampleIndex = slots[c].Sample,
                    Text = $"Answer {p}.{c}",
                    Calls = TestCalls.One(ModelCallPurpose.Generate, run.Id, prompts[p].Id, now, inputTokens: 20, outputTokens: 100, cost: 0.001m),
                    CreatedAt = now,
                };
                db.Candidates.Add(candidate);
                await db.SaveChangesAsync();
                db.Scores.Add(new Score { RunId = run.Id, CandidateId = candidate.Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = pointwise, Value = scores[p][c], Attempts = 1, CreatedAt = now });
            }
        }

        await db.SaveChangesAsync();
        // Scores written past the scoring step: their Best-of-k is stored the way that step stores it.
        await new BestOfKStore(Database).StoreRunAsync(run.Id, CancellationToken.None);
        await AddFusedAsync(db, run, prompts[0].Id, 3, 9, pointwise);
        await AddFusedAsync(db, run, prompts[1].Id, 3, 7, pointwise);
        await AddFusedAsync(db, run, prompts[0].Id, 1, 5, pointwise);
        // Fused answers scored past the write path: their stored scores are refreshed the way it refreshes them.
        await PromptTableSummaryWriter.RefreshRunAsync(db, run.Id, CancellationToken.None);
        return run.Id;
    }

    private static async Task AddFusedAsync(FusionDbContext db, Run run, long promptId, int limit, double score, int pointwise)
    {
        var aggregate = new Aggregate
        {
            RunId = run.Id,
            PromptId = promptId,
            Method = AggregationMethod.FusionOfN,
            CandidateLimit = limit,
            Text = "Fused.",
            TemplateVersionId = run.FusorTemplateVersionId,
            Calls = TestCalls.One(
                limit < 3 ? ModelCallPurpose.ScalingFuse : ModelCallPurpose.Fuse, run.Id, promptId, DateTimeOffset.UtcNow, inputTokens: 400, outputTokens: 120, cost: 0.002m),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Aggregates.Add(aggregate);
        await db.SaveChangesAsync();
        db.Scores.Add(new Score
        {
            RunId = run.Id,
            AggregateId = aggregate.Id,
            JudgeTeacherId = run.JudgeTeacherId!.Value,
            TemplateVersionId = pointwise,
            Value = score,
            Attempts = 1,
            Calls = TestCalls.One(
                limit < 3 ? ModelCallPurpose.ScalingJudge : ModelCallPurpose.JudgeFusedAnswer, run.Id, promptId, DateTimeOffset.UtcNow,
                inputTokens: 150, outputTokens: 30, cost: 0.0005m),
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
