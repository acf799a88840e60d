namespace FusionStudio.Engine.Routing;

/// <summary>
/// What a router learns from or is tested on: queries that every candidate model answered, with each answer's
/// performance and cost.
/// </summary>
public sealed record RoutingLog(IReadOnlyList<string> Models, IReadOnlyList<RoutingQuery> Queries)
{
    public IReadOnlyList<string> Tasks => Queries.Select(q => q.Task).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public RoutingLog Subset(IEnumerable<RoutingQuery> queries) => this with { Queries = queries.ToList() };

    /// <exception cref="ArgumentException">Queries whose answers do not match the models, or without vectors where needed.</exception>
    public void Check(bool needsVectors)
    {
        if (Models.Count == 0)
        {
            throw new ArgumentException("A routing log needs at least one candidate model.");
        }

        foreach (var query in Queries)
        {
            if (query.Performance.Length != Models.Count || query.Cost.Length != Models.Count)
            {
                throw new ArgumentException($"Query \"{query.Key}\" has {query.Performance.Length} answers for {Models.Count} models.");
            }

            if (needsVectors && query.Vector is null)
            {
                throw new ArgumentException($"Query \"{query.Key}\" has no embedding.");
            }
        }
    }
}
