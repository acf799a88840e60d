using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>A prompt's failure reasons, step by step, read in one pass over the half-way run of <see cref="RunPagesRun"/> (SQLite).</summary>
public sealed class PromptFailuresTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task Each_failed_result_of_the_prompt_is_named_by_its_step_in_pipeline_order_and_no_other_prompts_count()
    {
        await using var db = _database.CreateDbContext();
        var library = await RunPagesLibrary.SeedAsync(db);
        var run = await RunPagesRun.SeedAsync(db, library);
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == library.DatasetId).OrderBy(p => p.Ordinal).Select(p => p.Id).ToListAsync();
        var versionId = await db.PromptTemplateVersions.Where(v => v.TemplateId == library.PointwiseTemplateId).Select(v => v.Id).FirstAsync();

        // Prompt 4 also gets a fused answer whose judge failed, and a failed Best-of-N: both listed after its candidates.
        var fused = new Aggregate { RunId = run.Id, PromptId = prompts[4], Method = AggregationMethod.FusionOfN, CandidateLimit = 3, Text = "Fused.", CreatedAt = DateTimeOffset.UtcNow };
        db.Aggregates.AddRange(
            fused,
            new Aggregate { RunId = run.Id, PromptId = prompts[4], Method = AggregationMethod.BestOfN, CandidateLimit = 3, Error = "no scored candidate", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        db.Scores.Add(new Score
        {
            RunId = run.Id, AggregateId = fused.Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = versionId, Attempts = 3,
            Error = "Unreadable judge answer", CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();

        // Every prompt's reasons in the one read the pipeline makes for the prompts that finish together.
        var reasons = (await PromptFailures.ReadManyAsync(db, run.Id, prompts, default)).ToLookup(r => r.PromptId, r => r.Text);

        Assert.Equal(["Judge: Unreadable judge answer after 3 attempt(s): no JSON object"], reasons[prompts[0]]);
        Assert.Empty(reasons[prompts[1]]);
        Assert.Equal(
            ["Generation: HTTP 429 rate limited after 5 attempts", "Generation: HTTP 429 rate limited after 5 attempts", "Generation: timed out after 30 s"],
            reasons[prompts[3]].Order(StringComparer.Ordinal));
        var fourth = reasons[prompts[4]].ToList();
        Assert.Equal(
            ["Generation: HTTP 429 rate limited after 3 attempts", "Generation: HTTP 429 rate limited after 5 attempts", "Generation: timed out after 30 s"],
            fourth.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal(["Judge (fused answer): Unreadable judge answer", $"{AggregationMethod.BestOfN.ToLabel()}: no scored candidate"], fourth.Skip(3));
    }

    public void Dispose() => _database.Dispose();
}
