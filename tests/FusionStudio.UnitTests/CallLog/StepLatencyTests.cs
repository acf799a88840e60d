using FusionStudio.Data.Calls;
using FusionStudio.Testing;
using FusionStudio.UnitTests.Review;
using FusionStudio.UnitTests.RunPages;

namespace FusionStudio.UnitTests.CallLog;

public sealed class StepLatencyTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task A_steps_latency_is_the_mean_over_prompts_of_its_slowest_call()
    {
        ReviewRunSeed run;
        await using (var seedDb = _database.CreateDbContext())
        {
            run = await ReviewRunSeed.SeedAsync(seedDb);
        }

        var at = DateTimeOffset.UtcNow;
        await using (var db = _database.CreateDbContext())
        {
            // Prompt 1 generates in 100 and 400 ms side by side: 400 ms. Prompt 2: 300 ms. Mean: 350 ms, where the
            // mean call (267 ms) would understate it. One fusor call of 900 ms on prompt 1.
            db.ModelCalls.AddRange(
                TestCalls.One(ModelCallPurpose.Generate, run.RunId, run.PromptIds[0], at, latencyMs: 100)
                    .Concat(TestCalls.One(ModelCallPurpose.Generate, run.RunId, run.PromptIds[0], at, latencyMs: 400))
                    .Concat(TestCalls.One(ModelCallPurpose.Generate, run.RunId, run.PromptIds[1], at, latencyMs: 300))
                    .Concat(TestCalls.One(ModelCallPurpose.Fuse, run.RunId, run.PromptIds[0], at, latencyMs: 900)));
            await db.SaveChangesAsync();
        }

        var steps = await new RunCallLog(_database).StepLatenciesAsync(run.RunId);

        Assert.Equal(new StepLatency(ModelCallPurpose.Generate, 2, 350), steps[ModelCallPurpose.Generate]);
        Assert.Equal(new StepLatency(ModelCallPurpose.Fuse, 1, 900), steps[ModelCallPurpose.Fuse]);
    }

    public void Dispose() => _database.Dispose();
}
