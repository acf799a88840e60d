using FusionStudio.Data;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Review;

/// <summary>
/// Reads a reviewer's queue straight from the database, one prompt at a time, so a run of any size costs the same.
/// Only prompts where both methods have an answer with text, and not the same one (<see cref="SameAnswers"/>), are
/// reviewable; a run still going fills its queue as answers arrive. Prompts come in dataset order (ordinal): everybody reviews the same prompts first, so early
/// prompts gather several votes (agreement between people can be measured) and "prompt 7" means the same to all.
/// The sides, not the order, are what is randomised.
/// </summary>
public sealed class ReviewQueue(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<ReviewRun?> LoadRunAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        // The run's own answers read every candidate; smaller limits belong to the scaling curve. Imported logs have
        // no pinned teachers, so their limit is read from the answers.
        var limit = run.Teachers.Sum(t => t.SampleCount);
        if (limit == 0)
        {
            limit = await db.Aggregates.Where(a => a.RunId == runId).MaxAsync(a => (int?)a.CandidateLimit, cancellationToken) ?? 0;
        }

        return new ReviewRun(run.Id, run.Name, run.Status, run.Seed, limit, ReviewPairs.For(run.Methods, run.ComparisonPairs));
    }

    public async Task<ReviewProgress> ProgressAsync(ReviewRun run, MethodPair pair, string reviewerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviewable = Reviewable(db, run, pair);
        var total = await reviewable.CountAsync(cancellationToken);
        var reviews = Reviews(db, run.Id, pair, reviewerId);
        var mine = await reviewable.CountAsync(p => reviews.Any(h => h.PromptId == p.PromptId), cancellationToken);
        var reviewers = await db.HumanReviews.Where(h => h.RunId == run.Id).Select(h => h.ReviewerId).Distinct().CountAsync(cancellationToken);
        return new ReviewProgress(total, mine, reviewers);
    }

    public async Task<bool> IsReviewableAsync(ReviewRun run, MethodPair pair, long promptId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Reviewable(db, run, pair).AnyAsync(p => p.PromptId == promptId, cancellationToken);
    }

    /// <summary>The first prompt after <paramref name="afterOrdinal"/> the reviewer has not voted on; with wrap, from the start again.</summary>
    public async Task<long?> NextUnreviewedAsync(ReviewRun run, MethodPair pair, string reviewerId, int? afterOrdinal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reviews = Reviews(db, run.Id, pair, reviewerId);
        var open = Reviewable(db, run, pair).Where(p => !reviews.Any(h => h.PromptId == p.PromptId));
        var after = afterOrdinal ?? int.MinValue;
        return await open.Where(p => p.Ordinal > after).OrderBy(p => p.Ordinal).Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken)
            ?? await open.OrderBy(p => p.Ordinal).Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The next reviewable prompt after this ordinal, voted on or not.</summary>
    public async Task<long?> NextAsync(ReviewRun run, MethodPair pair, int afterOrdinal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Reviewable(db, run, pair).Where(p => p.Ordinal > afterOrdinal).OrderBy(p => p.Ordinal)
            .Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The reviewable prompt before this ordinal, or the last one when there is no ordinal.</summary>
    public async Task<long?> PreviousAsync(ReviewRun run, MethodPair pair, int? beforeOrdinal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var before = beforeOrdinal ?? int.MaxValue;
        return await Reviewable(db, run, pair).Where(p => p.Ordinal < before).OrderByDescending(p => p.Ordinal)
            .Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>One prompt with both answers on the sides this reviewer sees, and the reviewer's vote so far.</summary>
    public async Task<ReviewItem?> LoadItemAsync(ReviewRun run, MethodPair pair, long promptId, string reviewerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(pair);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runPrompt = await Reviewable(db, run, pair).AsNoTracking().SingleOrDefaultAsync(p => p.PromptId == promptId, cancellationToken);
        if (runPrompt is null)
        {
            return null;
        }

        var prompt = await db.DatasetPrompts.AsNoTracking().Where(p => p.Id == promptId)
            .Select(p => new { p.Text, p.Language }).SingleAsync(cancellationToken);
        var answers = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == run.Id && a.PromptId == promptId && a.CandidateLimit == run.CandidateLimit && (a.Method == pair.A || a.Method == pair.B))
            .ToDictionaryAsync(a => a.Method, a => a.Text ?? "", cancellationToken);
        var mine = await Reviews(db, run.Id, pair, reviewerId).AsNoTracking().SingleOrDefaultAsync(h => h.PromptId == promptId, cancellationToken);
        var number = await Reviewable(db, run, pair).CountAsync(p => p.Ordinal <= runPrompt.Ordinal, cancellationToken);

        var aShownLeft = mine?.AShownLeft ?? ReviewSides.AShownLeft(run.Seed, promptId, reviewerId);
        var (left, right) = aShownLeft ? (answers[pair.A], answers[pair.B]) : (answers[pair.B], answers[pair.A]);
        return new ReviewItem(
            pair,
            promptId,
            runPrompt.Ordinal,
            number,
            prompt.Text,
            prompt.Language,
            left,
            right,
            mine is null ? null : ReviewSides.ToChoice(mine.Verdict, mine.AShownLeft),
            mine?.Comment);
    }

    private static IQueryable<RunPrompt> Reviewable(FusionDbContext db, ReviewRun run, MethodPair pair)
    {
        var (runId, limit, a, b) = (run.Id, run.CandidateLimit, pair.A, pair.B);
        var same = SameAnswers.PromptIds(db, runId, limit, pair);
        return db.RunPrompts.Where(p => p.RunId == runId
            && db.Aggregates.Any(x => x.RunId == runId && x.PromptId == p.PromptId && x.Method == a && x.CandidateLimit == limit && x.Text != null && x.Text.Trim() != "")
            && db.Aggregates.Any(x => x.RunId == runId && x.PromptId == p.PromptId && x.Method == b && x.CandidateLimit == limit && x.Text != null && x.Text.Trim() != "")
            && !same.Contains(p.PromptId));
    }

    private static IQueryable<HumanReview> Reviews(FusionDbContext db, int runId, MethodPair pair, string reviewerId)
    {
        var (a, b) = (pair.A, pair.B);
        return db.HumanReviews.Where(h => h.RunId == runId && h.MethodA == a && h.MethodB == b && h.ReviewerId == reviewerId);
    }
}
