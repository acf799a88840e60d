using System.Runtime.CompilerServices;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Reads JSON Lines one line at a time: one object per line, blank lines skipped. A line in the nested per-query shape
/// (see <see cref="NestedLogShape"/>) yields one record per model.
/// </summary>
public static class JsonlLogReader
{
    public static async IAsyncEnumerable<LogRawRecord> ReadAsync(
        TextReader reader, LogErrorList errors, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(errors);
        await foreach (var line in JsonLines.ReadAsync(reader, cancellationToken))
        {
            if (line.Error is { } error)
            {
                errors.Add(line.Line, null, error);
            }
            else if (!line.IsObject)
            {
                errors.Add(line.Line, null, "expected one JSON object per line, like {\"query\": \"…\", \"model\": \"…\", \"response\": \"…\"}");
            }
            else if (NestedLogShape.IsNested(line.Value!.Value))
            {
                foreach (var record in NestedLogShape.Expand(line.Line, line.Value!.Value, errors))
                {
                    yield return record;
                }
            }
            else
            {
                var cells = new Dictionary<string, LogCell>(StringComparer.Ordinal);
                foreach (var property in line.Value!.Value.EnumerateObject())
                {
                    cells[property.Name] = LogCell.FromJson(property.Value);
                }

                yield return new LogRawRecord(line.Line, cells);
            }
        }
    }
}
