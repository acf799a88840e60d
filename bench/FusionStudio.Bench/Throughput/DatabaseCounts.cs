namespace FusionStudio.Bench.Throughput;

/// <summary>Totals of <see cref="DatabaseCommandCounter"/>; subtract two to get a measurement's.</summary>
internal readonly record struct DatabaseCounts(long Commands, long EfQueries, long EfSaves)
{
    public static DatabaseCounts operator -(DatabaseCounts end, DatabaseCounts start) =>
        new(end.Commands - start.Commands, end.EfQueries - start.EfQueries, end.EfSaves - start.EfSaves);
}
