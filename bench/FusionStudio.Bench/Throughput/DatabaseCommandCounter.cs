using System.Diagnostics.Metrics;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// Counts this process's database work from the metrics Npgsql and EF Core publish: every command sent to
/// PostgreSQL (EF Core's and Hangfire's alike), and EF Core's queries and SaveChanges calls.
/// </summary>
internal sealed class DatabaseCommandCounter : IDisposable
{
    private const string NpgsqlMeter = "Npgsql";
    private const string EfCoreMeter = "Microsoft.EntityFrameworkCore";

    // One measurement per command executed; the name is Npgsql 10's (earlier versions said db.client.commands.duration).
    private const string CommandDuration = "db.client.operation.duration";
    private const string EfQueries = "microsoft.entityframeworkcore.queries";
    private const string EfSaves = "microsoft.entityframeworkcore.savechanges";

    private readonly MeterListener _listener = new();
    private long _commands;
    private long _queries;
    private long _saves;

    public DatabaseCommandCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if ((instrument.Meter.Name == NpgsqlMeter && instrument.Name == CommandDuration)
                || (instrument.Meter.Name == EfCoreMeter && instrument.Name is EfQueries or EfSaves))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => Interlocked.Increment(ref _commands));
        // EF Core's counters are observable and cumulative: each observation is the total so far.
        _listener.SetMeasurementEventCallback<long>((instrument, total, _, _) =>
            Interlocked.Exchange(ref instrument.Name == EfQueries ? ref _queries : ref _saves, total));
        _listener.Start();
    }

    public DatabaseCounts Read()
    {
        _listener.RecordObservableInstruments();
        return new DatabaseCounts(Interlocked.Read(ref _commands), Interlocked.Read(ref _queries), Interlocked.Read(ref _saves));
    }

    public void Dispose() => _listener.Dispose();
}
