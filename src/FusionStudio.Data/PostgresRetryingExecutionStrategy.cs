using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace FusionStudio.Data;

/// <summary>
/// Retries an operation that failed on a transient database fault (connection lost, server restarting or shutting
/// down), so a PostgreSQL restart costs seconds of waiting instead of failed jobs and pages. Code that opens its own
/// transaction wraps it in <c>Database.CreateExecutionStrategy().ExecuteAsync</c> so the whole transaction is retried;
/// a statement inside a transaction that was opened without that runs once, as it did before retries existed,
/// instead of failing outright.
/// </summary>
public sealed class PostgresRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount, TimeSpan maxRetryDelay)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount, maxRetryDelay, ShutdownCodes)
{
    // A restart ends every session with one of these; the next attempt reaches the server again.
    private static readonly string[] ShutdownCodes =
        [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow];

    public override TResult Execute<TState, TResult>(
        TState state, Func<DbContext, TState, TResult> operation, Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InUserTransaction
            ? operation(Dependencies.CurrentContext.Context, state)
            : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(
        TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default) =>
        InUserTransaction
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);

    private bool InUserTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
}
