using System.Globalization;
using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Checks the fields of one record, whichever format it came from, and names the line and field of each problem.
/// A record with any problem is not returned; the whole file is then refused by <see cref="LogFileReader"/>.
/// </summary>
public static class LogRecordParser
{
    public static LogRecord? Parse(int line, IReadOnlyDictionary<string, LogCell> cells, LogErrorList errors, string fieldPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var context = new Context(line, cells, errors, fieldPrefix);

        var query = context.Text(LogFields.Query);
        var messages = context.Messages();
        if (query is null && messages is null && !context.Failed(LogFields.Query) && !context.Failed(LogFields.Messages))
        {
            errors.Add(line, fieldPrefix + LogFields.Query, "is required (or give the query as \"messages\" in the chat shape)");
        }

        var model = context.Text(LogFields.Model, required: true, maxLength: LogFields.MaxModelLength);
        var response = context.Text(LogFields.Response, required: true);
        var queryId = context.QueryId();
        var score = context.Number(LogFields.Score, allowNegative: true);
        var cost = context.Number(LogFields.Cost);
        var inputTokens = context.WholeNumber(LogFields.InputTokens);
        var outputTokens = context.WholeNumber(LogFields.OutputTokens);
        var latency = context.Number(LogFields.LatencyMs);
        var task = context.Text(LogFields.Task, maxLength: LogFields.MaxTaskLength);
        var language = context.Text(LogFields.Language, maxLength: LogFields.MaxLanguageLength);
        var reference = context.Text(LogFields.Reference);
        if (language is not null && !LanguageTags.IsValid(language))
        {
            errors.Add(line, fieldPrefix + LogFields.Language, $"\"{language}\" {LanguageTags.InvalidMessage}");
        }

        if (errors.Count > before)
        {
            return null;
        }

        var text = query ?? messages!.Last(m => m.Role == ChatRole.User).Content;
        return new LogRecord(
            line, queryId, text, messages ?? [], model!, response!, score, cost is { } c ? (decimal)c : null,
            inputTokens, outputTokens, latency, task, language) { Reference = reference };
    }

    private sealed class Context(int line, IReadOnlyDictionary<string, LogCell> cells, LogErrorList errors, string fieldPrefix)
    {
        private readonly HashSet<string> _failed = [];

        public bool Failed(string field) => _failed.Contains(field);

        public string? Text(string field, bool required = false, int? maxLength = null)
        {
            if (!cells.TryGetValue(field, out var cell) || cell.IsAbsent)
            {
                if (required)
                {
                    Fail(field, "is required");
                }

                return null;
            }

            string? text;
            if (cell.Json is { } json)
            {
                if (json.ValueKind != JsonValueKind.String)
                {
                    Fail(field, $"must be text, not {Describe(json)}");
                    return null;
                }

                text = json.GetString();
            }
            else
            {
                text = cell.Text;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    Fail(field, "is empty");
                }

                return null;
            }

            if (maxLength is { } max && text.Trim().Length > max)
            {
                Fail(field, string.Create(CultureInfo.InvariantCulture, $"is longer than {max} characters"));
                return null;
            }

            return maxLength is null ? text : text.Trim();
        }

        public string? QueryId()
        {
            // Ids are often numbers; they are kept as written.
            if (cells.TryGetValue(LogFields.QueryId, out var cell) && cell.Json is { ValueKind: JsonValueKind.Number } number)
            {
                return number.GetRawText();
            }

            return Text(LogFields.QueryId, maxLength: LogFields.MaxQueryIdLength);
        }

        public List<PromptMessage>? Messages()
        {
            if (!cells.TryGetValue(LogFields.Messages, out var cell) || cell.IsAbsent)
            {
                return null;
            }

            JsonElement value;
            if (cell.Json is { } json)
            {
                value = json;
            }
            else
            {
                try
                {
                    using var document = JsonDocument.Parse(cell.Text!);
                    value = document.RootElement.Clone();
                }
                catch (JsonException)
                {
                    Fail(LogFields.Messages, "is not valid JSON; write the chat as [{\"role\": \"user\", \"content\": \"…\"}]");
                    return null;
                }
            }

            if (!LogMessagesParser.TryParse(value, out var messages, out var problem))
            {
                Fail(LogFields.Messages, problem);
                return null;
            }

            return messages;
        }

        public double? Number(string field, bool allowNegative = false)
        {
            if (!cells.TryGetValue(field, out var cell) || cell.IsAbsent)
            {
                return null;
            }

            double number;
            if (cell.Json is { } json)
            {
                if (json.ValueKind != JsonValueKind.Number || !json.TryGetDouble(out number))
                {
                    Fail(field, $"must be a number, not {Describe(json)}");
                    return null;
                }
            }
            else if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                Fail(field, $"must be a number like 0.25, not \"{Shorten(cell.Text!)}\"");
                return null;
            }

            if (!double.IsFinite(number) || Math.Abs(number) > 1e12)
            {
                Fail(field, "is out of range");
                return null;
            }

            if (!allowNegative && number < 0)
            {
                Fail(field, "must not be negative");
                return null;
            }

            return number;
        }

        public int? WholeNumber(string field)
        {
            if (!cells.TryGetValue(field, out var cell) || cell.IsAbsent)
            {
                return null;
            }

            long number;
            if (cell.Json is { } json)
            {
                if (json.ValueKind != JsonValueKind.Number || !json.TryGetInt64(out number))
                {
                    Fail(field, $"must be a whole number, not {Describe(json)}");
                    return null;
                }
            }
            else if (!long.TryParse(cell.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
            {
                Fail(field, $"must be a whole number, not \"{Shorten(cell.Text!)}\"");
                return null;
            }

            if (number < 0)
            {
                Fail(field, "must not be negative");
                return null;
            }

            if (number > int.MaxValue)
            {
                Fail(field, "is out of range");
                return null;
            }

            return (int)number;
        }

        private void Fail(string field, string message)
        {
            _failed.Add(field);
            errors.Add(line, fieldPrefix + field, message);
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"the text \"{Shorten(value.GetString()!)}\"",
            JsonValueKind.Number => $"the number {value.GetRawText()}",
            JsonValueKind.True or JsonValueKind.False => $"{value.GetRawText()}",
            JsonValueKind.Array => "a list",
            JsonValueKind.Object => "an object",
            _ => "null",
        };

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
