namespace FusionStudio.Engine.Routing;

/// <summary>
/// Builds a <see cref="RoutingLog"/> from logged answers: answers are grouped by query, repeated samples of one model
/// are averaged, and a query is kept only when every candidate answered it with a score (it is counted as dropped
/// otherwise), so all models are compared on the same queries.
/// </summary>
public static class RoutingLogBuilder
{
    public static (RoutingLog Log, int Dropped) Build(IEnumerable<LoggedAnswer> answers, IReadOnlyList<string>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var byQuery = answers.GroupBy(a => a.QueryKey, StringComparer.Ordinal).ToList();
        var models = candidates is { Count: > 0 }
            ? candidates.Distinct(StringComparer.Ordinal).ToList()
            : byQuery.SelectMany(g => g.Select(a => a.Model)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var queries = new List<RoutingQuery>();
        var dropped = 0;
        foreach (var group in byQuery)
        {
            var performance = new double[models.Count];
            var cost = new double[models.Count];
            var complete = true;
            for (var m = 0; m < models.Count && complete; m++)
            {
                var own = group.Where(a => a.Model == models[m] && a.Performance is not null).ToList();
                complete = own.Count > 0;
                if (complete)
                {
                    performance[m] = own.Average(a => a.Performance!.Value);
                    cost[m] = own.Average(a => a.Cost);
                }
            }

            if (complete)
            {
                var first = group.First();
                queries.Add(new RoutingQuery(group.Key, first.Task, first.Text, performance, cost));
            }
            else
            {
                dropped++;
            }
        }

        return (new RoutingLog(models, queries.OrderBy(q => q.Key, StringComparer.Ordinal).ToList()), dropped);
    }
}
