using System.Globalization;
using System.Text.Json;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Groups records into queries: by <c>query_id</c> when given, else by the exact query (text or chat). Repeated
/// answers of one model to one query become samples 0, 1, …; conflicts inside a query are errors on the later line.
/// </summary>
public sealed class LogQueryGrouper(LogErrorList errors)
{
    private readonly Dictionary<string, LogQuery> _queries = new(StringComparer.Ordinal);
    private readonly List<LogQuery> _order = [];
    private readonly Dictionary<(LogQuery Query, string Model), int> _samples = [];
    private readonly Dictionary<string, (int Records, int MaxSamples)> _models = new(StringComparer.Ordinal);
    private readonly List<string> _modelOrder = [];
    private int _records;

    public void Add(LogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var shape = Shape(record);
        var key = record.QueryId is { } id ? "id:" + id : "q:" + shape;
        if (!_queries.TryGetValue(key, out var query))
        {
            query = new LogQuery(record.QueryId, record.Query, record.Messages, record.Line);
            _queries[key] = query;
            _order.Add(query);
        }
        else if (record.QueryId is not null && Shape(query) != shape)
        {
            var field = record.Messages.Count > 0 || query.Messages.Count > 0 ? LogFields.Messages : LogFields.Query;
            errors.Add(record.Line, field, string.Create(
                CultureInfo.InvariantCulture, $"query_id \"{record.QueryId}\" has another query on line {query.Line}; one id must always name the same query"));
            return;
        }

        if (!Agrees(query, record))
        {
            return;
        }

        var sample = _samples.GetValueOrDefault((query, record.Model));
        _samples[(query, record.Model)] = sample + 1;
        query.Answers.Add(new LogAnswer(record, sample));
        _records++;
        if (!_models.TryGetValue(record.Model, out var model))
        {
            _modelOrder.Add(record.Model);
        }

        _models[record.Model] = (model.Records + 1, Math.Max(model.MaxSamples, sample + 1));
    }

    public LogContent ToContent() => new(
        _order,
        _modelOrder.Select(name => new LogModel(name, _models[name].Records, _models[name].MaxSamples)).ToList(),
        _records);

    /// <summary>A query's language and task are the query's, so every record of it that gives one must give the same.</summary>
    private bool Agrees(LogQuery query, LogRecord record)
    {
        var agrees = true;
        if (record.Language is { } language)
        {
            if (query.Language is null)
            {
                (query.Language, query.LanguageLine) = (language, record.Line);
            }
            else if (!string.Equals(query.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(record.Line, LogFields.Language, string.Create(
                    CultureInfo.InvariantCulture, $"\"{language}\" differs from \"{query.Language}\" on line {query.LanguageLine} for the same query"));
                agrees = false;
            }
        }

        query.Reference ??= record.Reference;
        if (record.Task is { } task)
        {
            if (query.Task is null)
            {
                (query.Task, query.TaskLine) = (task, record.Line);
            }
            else if (!string.Equals(query.Task, task, StringComparison.Ordinal))
            {
                errors.Add(record.Line, LogFields.Task, string.Create(
                    CultureInfo.InvariantCulture, $"\"{task}\" differs from \"{query.Task}\" on line {query.TaskLine} for the same query"));
                agrees = false;
            }
        }

        return agrees;
    }

    private static string Shape(LogRecord record) => Shape(record.Query, record.Messages);

    private static string Shape(LogQuery query) => Shape(query.Text, query.Messages);

    private static string Shape(string text, IReadOnlyList<Domain.Datasets.PromptMessage> messages) =>
        messages.Count == 0 ? text : JsonSerializer.Serialize(messages.Select(m => new[] { m.Role.ToString(), m.Content }));
}
