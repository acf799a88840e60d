using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.UnitTests.RunPages;

namespace FusionStudio.UnitTests.Reports;

/// <summary>
/// A finished run over <see cref="RunPagesLibrary"/> (prompts alternate English and Arabic) with known figures.
/// Judge, Fusion-of-N vs Best-of-N on prompts 0–7: A A A A A, tie (the orders disagreed), tie, B — 5 wins, 2 ties,
/// 1 loss: 75.0%; English 87.5%, Arabic 62.5%; 1 of 8 flipped with the order. People: prompt 0 A (ana) and A (ben),
/// 1 B, 5 both bad, 7 B — 2 wins, 1 tie, 2 losses: 50.0%, 5 reviews by 2 reviewers; agreement with the judge 4 of 5
/// = 80.0%, κ = (0.8 − 0.36) / 0.64 = 0.6875. Scores: selected candidates 5, 6, 7, 5, 6, 7, 5, 6 (mean 5.875,
/// median 6); fused answers 8 each.
/// </summary>
public static class ReportRunSeed
{
    public const int JudgedPrompts = 8;

    public static async Task<Run> SeedAsync(FusionDbContext db, RunPagesLibrary library, string name = "Report run", bool withResults = true)
    {
        var now = DateTimeOffset.UtcNow;
        var run = new Run
        {
            Name = name,
            Status = RunStatus.Completed,
            DatasetId = library.DatasetId,
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            ComparisonPairs = [MethodPair.FusionVersusBestOfN],
            JudgeTeacherId = library.JudgeId,
            FusorTeacherId = library.FusorId,
            Seed = 7,
            Counters = new RunCounters { PromptCount = RunPagesLibrary.PromptCount },
            CreatedAt = now,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();

        var prompts = db.DatasetPrompts.Where(p => p.DatasetId == library.DatasetId).OrderBy(p => p.Ordinal).ToList();
        db.RunPrompts.AddRange(prompts.Select(p => new RunPrompt { RunId = run.Id, PromptId = p.Id, Ordinal = p.Ordinal, Stage = PromptStage.Done }));
        await db.SaveChangesAsync();
        if (!withResults)
        {
            return run;
        }

        var pointwise = db.PromptTemplateVersions.First(v => v.TemplateId == library.PointwiseTemplateId).Id;
        var pairwise = db.PromptTemplateVersions.First(v => v.TemplateId == library.PairwiseTemplateId).Id;
        var fusor = db.PromptTemplateVersions.First(v => v.TemplateId == library.FusorTemplateId).Id;
        // A judged run names its judge's pointwise version, as a run started from the page does.
        run.PointwiseJudgeTemplateVersionId = pointwise;
        for (var i = 0; i < JudgedPrompts; i++)
        {
            var candidate = new Candidate
            {
                RunId = run.Id, PromptId = prompts[i].Id, TeacherId = library.ConciseId, SampleIndex = 0, Text = $"Answer {i}",
                Calls = TestCalls.One(ModelCallPurpose.Generate, run.Id, prompts[i].Id, now, 100, 50, 0.001m, 1000), CreatedAt = now,
            };
            db.Candidates.Add(candidate);
            await db.SaveChangesAsync();
            db.Scores.Add(new Score
            {
                RunId = run.Id, CandidateId = candidate.Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = pointwise, Value = 5 + (i % 3), Attempts = 1,
                Calls = TestCalls.One(ModelCallPurpose.JudgeCandidate, run.Id, prompts[i].Id, now, 20, 10, 0.0001m, 200), CreatedAt = now,
            });
            db.Aggregates.Add(new Aggregate
            {
                RunId = run.Id, PromptId = prompts[i].Id, Method = AggregationMethod.BestOfN, CandidateLimit = 1, SelectedCandidateId = candidate.Id,
                Text = candidate.Text, SourceCandidateIds = [candidate.Id], CreatedAt = now,
            });
            var fused = new Aggregate
            {
                RunId = run.Id, PromptId = prompts[i].Id, Method = AggregationMethod.FusionOfN, CandidateLimit = 1, Text = $"Fused {i}",
                SourceCandidateIds = [candidate.Id], TemplateVersionId = fusor,
                Calls = TestCalls.One(ModelCallPurpose.Fuse, run.Id, prompts[i].Id, now, 300, 100, 0.002m, 3000), CreatedAt = now,
            };
            db.Aggregates.Add(fused);
            await db.SaveChangesAsync();
            db.Scores.Add(new Score
            {
                RunId = run.Id, AggregateId = fused.Id, JudgeTeacherId = library.JudgeId, TemplateVersionId = pointwise, Value = 8, Attempts = 1, CreatedAt = now,
            });
            var (aFirst, bFirst) = Verdicts[i];
            db.Comparisons.Add(new Comparison
            {
                RunId = run.Id, PromptId = prompts[i].Id, MethodA = AggregationMethod.FusionOfN, MethodB = AggregationMethod.BestOfN, TemplateVersionId = pairwise,
                VerdictAFirst = aFirst, VerdictBFirst = bFirst, Final = Comparison.Combine(aFirst, bFirst), CreatedAt = now,
                Language = prompts[i].Language, Task = prompts[i].Task,
            });
        }

        db.Users.AddRange(new[] { User("ana"), User("ben") }.Where(u => !db.Users.Any(existing => existing.Id == u.Id)));
        db.HumanReviews.AddRange(
            Review(run.Id, prompts[0].Id, "ana", HumanVerdict.A),
            Review(run.Id, prompts[0].Id, "ben", HumanVerdict.A),
            Review(run.Id, prompts[1].Id, "ana", HumanVerdict.B),
            Review(run.Id, prompts[5].Id, "ana", HumanVerdict.BothBad),
            Review(run.Id, prompts[7].Id, "ben", HumanVerdict.B));
        await db.SaveChangesAsync();
        // The rows went in past the write path: the answers' stored scores come from it.
        await PromptTableSummaryWriter.RefreshRunAsync(db, run.Id, CancellationToken.None);
        return run;
    }

    private static readonly (PairVerdict AFirst, PairVerdict BFirst)[] Verdicts =
    [
        (PairVerdict.A, PairVerdict.A), (PairVerdict.A, PairVerdict.A), (PairVerdict.A, PairVerdict.A), (PairVerdict.A, PairVerdict.A),
        (PairVerdict.A, PairVerdict.A), (PairVerdict.A, PairVerdict.B), (PairVerdict.Tie, PairVerdict.Tie), (PairVerdict.B, PairVerdict.B),
    ];

    private static AppUser User(string id) =>
        new() { Id = id, UserName = $"{id}@example.test", NormalizedUserName = $"{id}@EXAMPLE.TEST", Email = $"{id}@example.test", CreatedAt = DateTimeOffset.UtcNow };

    private static HumanReview Review(int runId, long promptId, string reviewer, HumanVerdict verdict) => new()
    {
        RunId = runId, PromptId = promptId, MethodA = AggregationMethod.FusionOfN, MethodB = AggregationMethod.BestOfN,
        ReviewerId = reviewer, Verdict = verdict, CreatedAt = DateTimeOffset.UtcNow,
    };
}
