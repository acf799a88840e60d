using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Review;
using FusionStudio.UnitTests.RunPages;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.Review;

/// <summary>
/// A finished run over <see cref="RunPagesLibrary"/> (10 prompts, 3 candidates each) with Best-of-N, MBR and
/// Fusion-of-N answers. The last prompt's fusion failed, so 9 prompts are reviewable for Fusion-of-N vs Best-of-N.
/// The answer texts say which prompt they answer, never which method wrote them. Three people: two Members and a
/// Viewer.
/// </summary>
public sealed record ReviewRunSeed(int RunId, int Seed, IReadOnlyList<long> PromptIds)
{
    public const int Reviewable = 9;
    public const string Ana = "reviewer-ana";
    public const string Bo = "reviewer-bo";
    public const string Vera = "viewer-vera";

    public static string FusedText(int ordinal) => $"Combined reply for question {ordinal}: start here, then go on.";

    public static string SelectedText(int ordinal) => $"Picked reply for question {ordinal}: a single take.";

    public static async Task<ReviewRunSeed> SeedAsync(FusionDbContext db)
    {
        var library = await RunPagesLibrary.SeedAsync(db);
        var now = DateTimeOffset.UtcNow;
        db.Users.AddRange(User(Ana, "ana@example.test"), User(Bo, "bo@example.test"), User(Vera, "vera@example.test"));
        var run = new Run
        {
            Name = "Reviewed run",
            Status = RunStatus.Completed,
            DatasetId = library.DatasetId,
            Teachers = [new RunTeacher { TeacherId = library.ConciseId, SampleCount = 2, Position = 0 }, new RunTeacher { TeacherId = library.DetailedId, SampleCount = 1, Position = 1 }],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.FusionOfN],
            ComparisonPairs = [MethodPair.FusionVersusBestOfN],
            Seed = 11,
            CreatedAt = now,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();

        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == library.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
        foreach (var prompt in prompts)
        {
            var failed = prompt.Ordinal == prompts.Count - 1;
            db.RunPrompts.Add(new RunPrompt { RunId = run.Id, PromptId = prompt.Id, Ordinal = prompt.Ordinal, Stage = PromptStage.Done });
            db.Aggregates.AddRange(
                Answer(run.Id, prompt.Id, AggregationMethod.BestOfN, 3, SelectedText(prompt.Ordinal)),
                Answer(run.Id, prompt.Id, AggregationMethod.Mbr, 3, $"Consensus reply for question {prompt.Ordinal}."),
                Answer(run.Id, prompt.Id, AggregationMethod.FusionOfN, 3, failed ? null : FusedText(prompt.Ordinal)),
                // A scaling-curve answer (k = 2 < N): never the one under review.
                Answer(run.Id, prompt.Id, AggregationMethod.FusionOfN, 2, $"Shorter combined reply {prompt.Ordinal}."));
        }

        await db.SaveChangesAsync();
        return new ReviewRunSeed(run.Id, run.Seed, prompts.Select(p => p.Id).ToList());
    }

    /// <summary>A stored vote of <paramref name="reviewer"/> on the prompt at <paramref name="ordinal"/>, with the sides the page would show.</summary>
    public HumanReview Review(int ordinal, string reviewer, HumanVerdict verdict = HumanVerdict.Tie, string? comment = null) => new()
    {
        RunId = RunId,
        PromptId = PromptIds[ordinal],
        MethodA = AggregationMethod.FusionOfN,
        MethodB = AggregationMethod.BestOfN,
        ReviewerId = reviewer,
        AShownLeft = ReviewSides.AShownLeft(Seed, PromptIds[ordinal], reviewer),
        Verdict = verdict,
        Comment = comment,
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static AppUser User(string id, string email) =>
        new() { Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), CreatedAt = DateTimeOffset.UtcNow };

    private static Aggregate Answer(int runId, long promptId, AggregationMethod method, int limit, string? text) => new()
    {
        RunId = runId,
        PromptId = promptId,
        Method = method,
        CandidateLimit = limit,
        Text = text,
        Error = text is null ? "The fusor timed out." : null,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
