using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>Keeps every command EF sends that searches prompt text with ILIKE, as sent, parameters included.</summary>
internal sealed class CapturedSearchCommands : DbCommandInterceptor
{
    public ConcurrentQueue<(string Sql, (string Name, object? Value)[] Parameters)> Commands { get; } = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("ILIKE", StringComparison.Ordinal))
        {
            Commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray()));
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
