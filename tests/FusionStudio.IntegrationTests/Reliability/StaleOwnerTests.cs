using FusionStudio.Domain.Runs;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Jobs.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>
/// A worker paused past its lease wakes up with steps in flight for prompts that the batch's new owner has finished
/// since: what it writes then must not make a finished prompt look unfinished (the run would never complete).
/// </summary>
public sealed class StaleOwnerTests
{
    [Fact]
    public async Task A_late_step_of_a_former_owner_does_not_move_a_finished_prompt_back()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 2 });
        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        await using var db = host.App.CreateDbContext();
        var finished = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).FirstAsync();
        var prompt = await db.DatasetPrompts.AsNoTracking().SingleAsync(d => d.Id == finished.PromptId);
        var run = await host.App.Services.GetRequiredService<RunContextLoader>().LoadAsync(runId, CancellationToken.None);

        // The former owner's prompt gets through its first step (already stored: nothing is asked again) and stops there.
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();
        await host.App.Services.GetRequiredService<PromptAdvancer>().AdvanceAsync(run!, finished.Id, prompt, stopping.Token, CancellationToken.None);

        var after = await db.RunPrompts.AsNoTracking().SingleAsync(p => p.Id == finished.Id);
        Assert.Equal(PromptStage.Done, after.Stage);
        Assert.Null(after.Error);
    }
}
