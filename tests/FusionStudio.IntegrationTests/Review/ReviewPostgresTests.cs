using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.Web;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Review;

/// <summary>
/// The review queue and the vote command on PostgreSQL, with real user accounts: queues per reviewer, the unique key
/// under a burst of identical submits, and the Editor check.
/// </summary>
public sealed class ReviewPostgresTests : IAsyncLifetime
{
    private const int Prompts = 6;

    private TestDatabase _database = null!;
    private FusionApp _app = null!;
    private int _runId;
    private List<long> _promptIds = [];
    private ClaimsPrincipal _ana = null!;
    private ClaimsPrincipal _bo = null!;
    private ClaimsPrincipal _vera = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _app = FusionApp.OnPostgres(_database);
        _app.CreateClient();
        _ana = Principal(await _app.CreateUserAsync("ana@example.test", "correct-horse-battery", AppRoles.Member), AppRoles.Member);
        _bo = Principal(await _app.CreateUserAsync("bo@example.test", "correct-horse-battery", AppRoles.Member), AppRoles.Member);
        _vera = Principal(await _app.CreateUserAsync("vera@example.test", "correct-horse-battery", AppRoles.Viewer), AppRoles.Viewer);

        // Nothing calls this address: the run's answers are written below, as a finished run would have them.
        _runId = await TestRuns.CreateAsync(_app, "http://127.0.0.1:9/v1", new TestRunShape
        {
            Prompts = Prompts,
            TeacherModels = ["sim-concise", "sim-detailed"],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
        });
        await using var db = _app.CreateDbContext();
        var run = await db.Runs.SingleAsync(r => r.Id == _runId);
        run.Status = RunStatus.Completed;
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
        _promptIds = prompts.Select(p => p.Id).ToList();
        foreach (var prompt in prompts)
        {
            db.RunPrompts.Add(new RunPrompt { RunId = _runId, PromptId = prompt.Id, Ordinal = prompt.Ordinal, Stage = PromptStage.Done });
            foreach (var method in run.Methods)
            {
                db.Aggregates.Add(new Aggregate { RunId = _runId, PromptId = prompt.Id, Method = method, CandidateLimit = 2, Text = $"Answer {prompt.Ordinal} by way {(int)method}.", CreatedAt = DateTimeOffset.UtcNow });
            }
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Two_reviewers_each_get_their_own_unreviewed_prompts()
    {
        var queue = Service<ReviewQueue>();
        var run = (await queue.LoadRunAsync(_runId))!;
        var pair = run.DefaultPair!;
        Assert.Equal(MethodPair.FusionVersusBestOfN, pair);

        // Ana votes on the first three prompts by following her queue; Bo on the first one only.
        for (var i = 0; i < 3; i++)
        {
            var next = await queue.NextUnreviewedAsync(run, pair, Id(_ana), afterOrdinal: null);
            Assert.Equal(_promptIds[i], next);
            Assert.True((await Vote(next!.Value, ReviewChoice.Left, _ana)).Saved);
        }

        Assert.True((await Vote(_promptIds[0], ReviewChoice.Right, _bo)).Saved);

        Assert.Equal(_promptIds[3], await queue.NextUnreviewedAsync(run, pair, Id(_ana), afterOrdinal: null));
        Assert.Equal(_promptIds[1], await queue.NextUnreviewedAsync(run, pair, Id(_bo), afterOrdinal: null));
        Assert.Equal(new ReviewProgress(Prompts, 3, 2), await queue.ProgressAsync(run, pair, Id(_ana)));
        Assert.Equal(new ReviewProgress(Prompts, 1, 2), await queue.ProgressAsync(run, pair, Id(_bo)));

        var item = (await queue.LoadItemAsync(run, pair, _promptIds[0], Id(_bo)))!;
        Assert.Equal(ReviewChoice.Right, item.MyChoice);
        var aLeft = ReviewSides.AShownLeft(run.Seed, _promptIds[0], Id(_bo));
        Assert.Equal($"Answer 0 by way {(int)(aLeft ? pair.A : pair.B)}.", item.LeftText);
    }

    [Fact]
    public async Task A_burst_of_identical_submits_stores_one_row()
    {
        var votes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Vote(_promptIds[2], ReviewChoice.Tie, _ana))));

        Assert.All(votes, v => Assert.True(v.Saved, v.Message));
        await using var db = _app.CreateDbContext();
        var review = await db.HumanReviews.SingleAsync();
        Assert.Equal((_promptIds[2], Id(_ana), HumanVerdict.Tie), (review.PromptId, review.ReviewerId, review.Verdict));

        // The unique key itself holds too: a second row for the same reviewer, prompt and pair is refused.
        db.HumanReviews.Add(new HumanReview
        {
            RunId = _runId,
            PromptId = _promptIds[2],
            MethodA = review.MethodA,
            MethodB = review.MethodB,
            ReviewerId = Id(_ana),
            Verdict = HumanVerdict.A,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_viewers_vote_is_refused()
    {
        var result = await Vote(_promptIds[0], ReviewChoice.Left, _vera);

        Assert.Equal(ReviewVoteResult.Refused(EditorCheck.Denied), result);
        await using var db = _app.CreateDbContext();
        Assert.Equal(0, await db.HumanReviews.CountAsync());
    }

    private async Task<ReviewVoteResult> Vote(long promptId, ReviewChoice choice, ClaimsPrincipal user)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetRequiredService<ReviewVoteCommand>();
        return await command.VoteAsync(new ReviewVote(_runId, promptId, MethodPair.FusionVersusBestOfN, choice), user);
    }

    private T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    private static string Id(ClaimsPrincipal user) => ReviewerIdentity.Of(user)!;

    private static ClaimsPrincipal Principal(AppUser user, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.Email!), new Claim(ClaimTypes.Role, role)], "test"));
}
