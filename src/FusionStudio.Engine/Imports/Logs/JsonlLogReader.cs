using System.Runtime.CompilerServices;
using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>Reads JSON Lines one line at a time: one object per line, blank lines skipped.</summary>
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
