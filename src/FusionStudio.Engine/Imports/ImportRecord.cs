namespace FusionStudio.Engine.Imports;

/// <summary>
/// One row of a file with its first line and its fields by name, or the reason it could not be read
/// (<see cref="Problem"/>: broken quoting, invalid JSON).
/// </summary>
public sealed class ImportRecord(int line, IReadOnlyList<string> names, IReadOnlyList<ImportValue> values)
{
    public int Line { get; } = line;

    public IReadOnlyList<string> Names { get; } = names;

    public IReadOnlyList<ImportValue> Values { get; } = values;

    public string? Problem { get; private init; }

    public static ImportRecord Unreadable(int line, string problem) => new(line, [], []) { Problem = problem };

    /// <summary>The field of that name, ignoring case.</summary>
    public bool TryGet(string? name, out ImportValue value)
    {
        if (name is not null)
        {
            for (var index = 0; index < Names.Count; index++)
            {
                if (string.Equals(Names[index], name, StringComparison.OrdinalIgnoreCase))
                {
                    value = Values[index];
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
