using Microsoft.Extensions.Logging;
using Npgsql;

namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>
/// A batch held by an advisory lock on a session of its own. A heartbeat keeps the session from idling out; when the
/// session breaks (database restart, terminated backend) the lease takes the lock again on a new session as soon as
/// the database answers, and reports itself lost only when another owner got there first.
/// </summary>
internal sealed class PostgresBatchLease : IBatchLease
{
    private readonly PostgresBatchLock _lock;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _heartbeat;
    private NpgsqlConnection _session;

    private PostgresBatchLease(PostgresBatchLock batchLock, NpgsqlConnection session, ILogger logger)
    {
        _lock = batchLock;
        _session = session;
        _logger = logger;
        _heartbeat = Task.Run(BeatAsync);
    }

    public CancellationToken Lost => _lost.Token;

    // Several beats per lease timeout, so one slow beat never lets the server end the session.
    private TimeSpan Interval => _lock.LeaseTimeout / 5;

    public static async Task<IBatchLease?> TryTakeAsync(PostgresBatchLock batchLock, ILogger logger, CancellationToken cancellationToken)
    {
        var session = await batchLock.TryTakeAsync(cancellationToken);
        return session is null ? null : new PostgresBatchLease(batchLock, session, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _heartbeat;

        // The session is unpooled: closing it ends it, and the server releases the lock.
        await _session.DisposeAsync();
        _stopping.Dispose();
        _lost.Dispose();
    }

    private async Task BeatAsync()
    {
        while (await WaitAsync(Interval))
        {
            try
            {
                await using var beat = new NpgsqlCommand("SELECT 1", _session);
                await beat.ExecuteNonQueryAsync(_stopping.Token);
                continue;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                _logger.LogWarning("The session holding run {RunId}'s batch {First} broke ({Reason}); taking the batch again", _lock.RunId, _lock.FirstOrdinal, exception.Message);
            }

            if (!await RetakeAsync())
            {
                _logger.LogWarning("Run {RunId}'s batch {First} was taken over by another worker; this one stops advancing it", _lock.RunId, _lock.FirstOrdinal);
                await _lost.CancelAsync();
                return;
            }
        }
    }

    /// <summary>False when another session holds the lock; true when this lease holds it again (or is being disposed).</summary>
    private async Task<bool> RetakeAsync()
    {
        await _session.DisposeAsync();
        var pause = TimeSpan.FromMilliseconds(250);
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                if (await _lock.TryTakeAsync(_stopping.Token) is not { } session)
                {
                    return false;
                }

                _session = session;
                return true;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                break;
            }
            catch (NpgsqlException)
            {
                // The database does not answer yet. Keep trying: if another worker takes the batch meanwhile, the next try says so.
                if (!await WaitAsync(pause))
                {
                    break;
                }

                pause = pause * 2 < Interval ? pause * 2 : Interval;
            }
        }

        return true;
    }

    private async Task<bool> WaitAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _stopping.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
