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

        Assert.Equal(["Judge: Unreadable judge answer after 3 attempt(s): no JSON object"], await PromptFailures.ReadAsync(db, run.Id, prompts[0], default));
        Assert.Empty(await PromptFailures.ReadAsync(db, run.Id, prompts[1], default));
        Assert.Equal(
            ["Generation: HTTP 429 rate limited after 5 attempts", "Generation: HTTP 429 rate limited after 5 attempts", "Generation: timed out after 30 s"],
            (await PromptFailures.ReadAsync(db, run.Id, prompts[3], default)).Order(StringComparer.Ordinal));
        var fourth = await PromptFailures.ReadAsync(db, run.Id, prompts[4], default);
        Assert.Equal(
            ["Generation: HTTP 429 rate limited after 3 attempts", "Generation: HTTP 429 rate limited after 5 attempts", "Generation: timed out after 30 s"],
            fourth.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal(["Judge (fused answer): Unreadable judge answer", $"{AggregationMethod.BestOfN.ToLabel()}: no scored candidate"], fourth.Skip(3));
    }

    public void Dispose() => _database.Dispose();
}
