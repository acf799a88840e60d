using FusionStudio.Engine.Imports.Logs;

namespace FusionStudio.Engine.Routing;

/// <summary>A read log file's records as logged answers, costed at the given prices where they carry no cost.</summary>
public static class LogContentAnswers
{
    public static IEnumerable<LoggedAnswer> From(LogContent content, LogModelPrices prices)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(prices);
        return content.Queries.SelectMany(query => query.Answers.Select(answer => new LoggedAnswer(
            query.QueryId ?? query.Text,
            query.Task ?? "general",
            query.Text,
            answer.Record.Model,
            answer.Record.Score,
            (double)prices.CostOf(answer.Record))));
    }
}
