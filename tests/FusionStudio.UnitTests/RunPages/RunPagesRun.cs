using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>
/// A run over <see cref="RunPagesLibrary"/> caught midway: of its 10 prompts, 3 are done, 2 failed, and 1 each
/// reached aggregated, scored and generated; 2 are pending. Failures: four rate limits (after 5 and 3 attempts),
/// two timeouts and one unreadable judge answer.
/// </summary>
public static class RunPagesRun
{
    public static readonly PromptStage[] Stages =
    [
        PromptStage.Done, PromptStage.Done, PromptStage.Done, PromptStage.Failed, PromptStage.Failed,
        PromptStage.Aggregated, PromptStage.Scored, PromptStage.Generated, PromptStage.Pending, PromptStage.Pending,
    ];

    public static async Task<Run> SeedAsync(FusionDbContext db, RunPagesLibrary library)
    {
        var now = DateTimeOffset.UtcNow;
        var run = new Run
        {
            Name = "Half-way run",
            Status = RunStatus.Running,
            DatasetId = library.DatasetId,
            PoolId = library.PoolId,
            Teachers = [new RunTeacher { TeacherId = library.ConciseId, SampleCount = 2, Position = 0 }, new RunTeacher { TeacherId = library.DetailedId, SampleCount = 1, Position = 1 }],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            ComparisonPairs = [MethodPair.FusionVersusBestOfN],
            JudgeTeacherId = library.JudgeId,
            FusorTeacherId = library.FusorId,
            Seed = 7,
            Counters = new RunCounters { PromptCount = RunPagesLibrary.PromptCount },
            CreatedAt = now.AddMinutes(-10),
            StartedAt = now.AddMinutes(-5),
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();

        var prompts = db.DatasetPrompts.Where(p => p.DatasetId == library.DatasetId).OrderBy(p => p.Ordinal).ToList();
        db.RunPrompts.AddRange(prompts.Select((p, i) => new RunPrompt
        {
            RunId = run.Id,
            PromptId = p.Id,
            Ordinal = p.Ordinal,
            Stage = Stages[i],
            Error = Stages[i] == PromptStage.Failed ? "Generation: HTTP 429 rate limited after 5 attempts" : null,
        }));

        Candidate Candidate(int prompt, int teacher, int sample, string? error) => new()
        {
            RunId = run.Id,
            PromptId = prompts[prompt].Id,
            TeacherId = teacher,
            SampleIndex = sample,
            Text = error is null ? $"Answer {prompt}.{sample}" : null,
            Error = error,
            Calls = TestCalls.One(
                ModelCallPurpose.Generate, run.Id, prompts[prompt].Id, now, inputTokens: 100, outputTokens: 50, cost: 0.001m, cacheHit: prompt == 0, error: error),
            CreatedAt = now,
        };

        var ok = Candidate(0, library.ConciseId, 0, null);
        db.Candidates.AddRange(
            ok,
            Candidate(0, library.ConciseId, 1, null),
            Candidate(3, library.ConciseId, 0, "HTTP 429 rate limited after 5 attempts"),
            Candidate(3, library.ConciseId, 1, "HTTP 429 rate limited after 5 attempts"),
            Candidate(4, library.ConciseId, 0, "HTTP 429 rate limited after 5 attempts"),
            Candidate(4, library.ConciseId, 1, "HTTP 429 rate limited after 3 attempts"),
            Candidate(3, library.DetailedId, 0, "timed out after 30 s"),
            Candidate(4, library.DetailedId, 0, "timed out after 30 s"));
        await db.SaveChangesAsync();

        // Three unreadable answers: three calls, each marked as such in the call log.
        var unreadable = Enumerable.Range(0, 3).SelectMany(attempt => TestCalls.One(
            ModelCallPurpose.JudgeCandidate, run.Id, prompts[0].Id, now, attempt == 0 ? 10 : 0, attempt == 0 ? 5 : 0, attempt == 0 ? 0.0001m : 0m,
            error: "Unreadable judge answer: no JSON object")).ToList();
        db.Scores.Add(new Score
        {
            RunId = run.Id,
            CandidateId = ok.Id,
            JudgeTeacherId = library.JudgeId,
            TemplateVersionId = db.PromptTemplateVersions.First(v => v.TemplateId == library.PointwiseTemplateId).Id,
            Attempts = 3,
            Error = "Unreadable judge answer after 3 attempt(s): no JSON object",
            Calls = unreadable,
            CreatedAt = now,
        });
        await db.SaveChangesAsync();
        return run;
    }
}
