namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>A line of YAML with its comment removed: number in the file, indentation, and the text after it.</summary>
internal sealed record YamlLine(int Number, int Indent, string Text)
{
    /// <summary>The file's lines that say something: blank and comment-only lines are dropped.</summary>
    public static List<YamlLine> ReadAll(string text)
    {
        var lines = new List<YamlLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var content = StripComment(raw.TrimEnd('\r')).TrimEnd();
            if (content.Trim().Length == 0)
            {
                continue;
            }

            var indent = content.Length - content.TrimStart(' ').Length;
            var line = new YamlLine(number, indent, content[indent..]);
            if (line.Text.StartsWith('\t') || line.Text.StartsWith("---", StringComparison.Ordinal) || line.Text.StartsWith('%'))
            {
                throw line.Error("tabs, document markers and directives are not supported");
            }

            lines.Add(line);
        }

        return lines;
    }

    public FormatException Error(string message) => new($"compose.yaml line {Number}: {message}: {Text}");

    /// <summary>Drops a <c>#</c> comment: one that starts the line or follows a space, outside quotes.</summary>
    private static string StripComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                if (c == quote && (c == '\'' || line[i - 1] != '\\'))
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'' && StartsScalar(line, i))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
            {
                return line[..i];
            }
        }

        return line;
    }

    // A quote opens a quoted scalar only where a value starts; an apostrophe inside plain text is just text.
    private static bool StartsScalar(string line, int index)
    {
        var before = line[..index].TrimEnd();
        return before.Length == 0 || before[^1] is ':' or '-' or '[' or ',' or '{';
    }
}
