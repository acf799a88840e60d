using FusionStudio.Data;
using FusionStudio.Jobs.Runs;
using FusionStudio.Jobs.Operations;
using FusionStudio.Jobs.Runs.Ownership;
using FusionStudio.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>Batch ownership on a real PostgreSQL server: one owner at a time, and none that outlives its session.</summary>
public sealed class BatchOwnershipTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestPostgres.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Two_owners_never_hold_one_batch_at_once()
    {
        // Each contender stands for a worker process: an ownership service of its own.
        var contenders = Enumerable.Range(0, 6).Select(_ => Ownership()).ToList();
        var holders = 0;
        var most = 0;
        var taken = 0;
        var refused = 0;
        await Task.WhenAll(contenders.Select(ownership => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                await using var lease = await ownership.TryTakeAsync(7, 100, BatchWork.Prompts, CancellationToken.None);
                if (lease is null)
                {
                    Interlocked.Increment(ref refused);
                    continue;
                }

                Interlocked.Increment(ref taken);
                var now = Interlocked.Increment(ref holders);
                InterlockedMax(ref most, now);
                await Task.Delay(5);
                Interlocked.Decrement(ref holders);
            }
        })));

        Assert.Equal(1, most);
        Assert.True(taken > 0 && refused > 0, $"{taken} taken, {refused} refused: the contenders did not compete.");
    }

    [Fact]
    public async Task Different_batches_and_different_work_on_one_batch_are_held_at_once()
    {
        await using var first = await Ownership().TryTakeAsync(7, 0, BatchWork.Prompts, CancellationToken.None);
        await using var second = await Ownership().TryTakeAsync(7, 50, BatchWork.Prompts, CancellationToken.None);
        await using var otherRun = await Ownership().TryTakeAsync(8, 0, BatchWork.Prompts, CancellationToken.None);
        await using var otherWork = await Ownership().TryTakeAsync(7, 0, BatchWork.ScalingPoints, CancellationToken.None);
        Assert.NotNull(otherWork);
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotNull(otherRun);
    }

    [Fact]
    public async Task A_batch_is_free_as_soon_as_its_owners_session_ends()
    {
        var owner = Ownership();
        var successor = Ownership();
        await using var held = await owner.TryTakeAsync(3, 0, BatchWork.Prompts, CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await successor.TryTakeAsync(3, 0, BatchWork.Prompts, CancellationToken.None));

        // What a SIGKILL of the owner's process does to its session, seen from the server.
        Assert.Equal(1, await TerminateOwnerSessionsAsync(3, 0));

        var takenOver = await Eventually.ValueAsync(() => successor.TryTakeAsync(3, 0, BatchWork.Prompts, CancellationToken.None), TimeSpan.FromSeconds(30));
        await using (takenOver)
        {
            // The first owner notices at its next heartbeat that the batch has moved on, and stops advancing it.
            await Eventually.TrueAsync(() => Task.FromResult(held.Lost.IsCancellationRequested), TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task An_owner_whose_session_broke_takes_its_batch_back_when_nobody_else_did()
    {
        await using var held = await Ownership().TryTakeAsync(4, 0, BatchWork.Prompts, CancellationToken.None);
        Assert.NotNull(held);
        var broken = Assert.Single(await BatchSessions.HolderPidsAsync(_database.ConnectionString, 4, 0));
        Assert.Equal(1, await TerminateOwnerSessionsAsync(4, 0));

        // A database restart looks the same to the owner: its next heartbeat fails and it takes the lock again, on a
        // new session (the ended one may still show its lock for a moment while its process exits).
        await Eventually.TrueAsync(
            async () => await BatchSessions.HolderPidsAsync(_database.ConnectionString, 4, 0) is [var holder] && holder != broken, TimeSpan.FromSeconds(30));
        Assert.False(held.Lost.IsCancellationRequested);
        Assert.Null(await Ownership().TryTakeAsync(4, 0, BatchWork.Prompts, CancellationToken.None));
    }

    [Fact]
    public async Task A_silent_owner_loses_its_batch_after_the_lease_timeout()
    {
        // The bare lock without a heartbeat: an owner that was paused (SIGSTOP) or cut off says nothing.
        var batchLock = new PostgresBatchLock(OwnerConnectionString(), 5, 0, TimeSpan.FromSeconds(1));
        await using var silent = await batchLock.TryTakeAsync(CancellationToken.None);
        Assert.NotNull(silent);
        Assert.Null(await Ownership().TryTakeAsync(5, 0, BatchWork.Prompts, CancellationToken.None));

        var successor = await Eventually.ValueAsync(() => Ownership().TryTakeAsync(5, 0, BatchWork.Prompts, CancellationToken.None), TimeSpan.FromSeconds(30));
        await successor.DisposeAsync();
    }

    private PostgresBatchOwnership Ownership(TimeSpan? leaseTimeout = null) => new(
        MsOptions.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = _database.ConnectionString }),
        MsOptions.Create(new RunOptions { BatchLeaseTimeout = leaseTimeout ?? TimeSpan.FromSeconds(2) }),
        new WorkerIdentity("test-owner"),
        NullLogger<PostgresBatchOwnership>.Instance);

    private string OwnerConnectionString() =>
        new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false }.ConnectionString;

    private Task<int> TerminateOwnerSessionsAsync(int runId, int firstOrdinal) =>
        BatchSessions.TerminateAsync(_database.ConnectionString, runId, firstOrdinal);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
