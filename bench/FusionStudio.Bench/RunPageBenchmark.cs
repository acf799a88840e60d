using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Bench;

/// <summary>
/// The run page (<c>/runs/{id}</c>) as it opens: the same query classes in the same order as RunPage and its prompt
/// table (setup, progress, call-log summary, error groups, the table's filter choices, its first page), each timed
/// alone and the whole open timed together.
/// </summary>
internal static class RunPageBenchmark
{
    public static async Task MeasureAsync(IDbContextFactory<FusionDbContext> contexts, int runId, int repetitions)
    {
        var setup = new RunSetupQuery(contexts);
        var progress = new RunProgressQuery(contexts);
        var callLog = new RunCallLog(contexts);
        var errors = new RunErrorGroupsQuery(callLog);
        var choices = new RunPromptPageChoicesQuery(contexts);
        var prompts = new RunPromptPageQuery(contexts);

        Console.WriteLine($"run page        each query the page runs on open, in its order, {repetitions} warm runs after a cold one:");
        await WarmTimings.MeasureAsync("RunSetupQuery", repetitions, () => setup.LoadAsync(runId));
        await WarmTimings.MeasureAsync("RunProgressQuery", repetitions, () => progress.LoadAsync(runId));
        await WarmTimings.MeasureAsync("RunCallLog.SummaryAsync", repetitions, async () => RunUsage.From(await callLog.SummaryAsync(runId)));
        await WarmTimings.MeasureAsync("RunErrorGroupsQuery", repetitions, () => errors.LoadAsync(runId));
        await WarmTimings.MeasureAsync("RunPromptPageChoicesQuery", repetitions, () => choices.LoadAsync(runId));
        await WarmTimings.MeasureAsync("RunPromptPageQuery page 1", repetitions, () => prompts.LoadAsync(runId, RunPromptFilter.All, RunPromptSort.Default, 0, 50));
        await WarmTimings.MeasureAsync("whole open (sequential)", repetitions, async () =>
        {
            await setup.LoadAsync(runId);
            await progress.LoadAsync(runId);
            RunUsage.From(await callLog.SummaryAsync(runId));
            await errors.LoadAsync(runId);
            await choices.LoadAsync(runId);
            await prompts.LoadAsync(runId, RunPromptFilter.All, RunPromptSort.Default, 0, 50);
        });
    }
}
