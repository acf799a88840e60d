using System.Text;

namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>
/// Reads the block-style subset of YAML that docker/compose.yaml is written in: nested mappings, <c>- item</c>
/// sequences of scalars, plain and quoted scalars, flow collections (kept as their text), comments, and anchors
/// with aliases and <c>&lt;&lt;</c> merge keys. Anything else is refused rather than misread, so that a change to the
/// compose file's shape fails the test loudly. Mappings are dictionaries, sequences lists, scalars strings.
/// </summary>
internal sealed class ComposeYamlReader
{
    private readonly List<YamlLine> _lines;
    private readonly Dictionary<string, object?> _anchors = new(StringComparer.Ordinal);
    private int _next;

    private ComposeYamlReader(string text) => _lines = YamlLine.ReadAll(text);

    public static Dictionary<string, object?> Parse(string text)
    {
        var reader = new ComposeYamlReader(text);
        if (reader._lines.Count == 0)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        var root = reader.ReadMapping(0);
        if (reader._next < reader._lines.Count)
        {
            throw Error(reader._lines[reader._next], "unexpected indentation");
        }

        return root;
    }

    private Dictionary<string, object?> ReadMapping(int indent)
    {
        var mapping = new Dictionary<string, object?>(StringComparer.Ordinal);
        var merged = new List<Dictionary<string, object?>>();
        while (_next < _lines.Count && _lines[_next].Indent == indent)
        {
            var line = _lines[_next++];
            var colon = KeyColon(line.Text);
            if (IsSequenceItem(line.Text) || colon < 0 || line.Text[0] is '"' or '\'')
            {
                throw Error(line, "expected a plain `key: value`");
            }

            var key = line.Text[..colon].Trim();
            var rest = line.Text[(colon + 1)..].Trim();
            string? anchor = null;
            if (rest.StartsWith('&'))
            {
                var end = rest.IndexOf(' ', StringComparison.Ordinal);
                anchor = end < 0 ? rest[1..] : rest[1..end];
                rest = end < 0 ? string.Empty : rest[end..].Trim();
            }

            var value = rest.Length == 0 ? ReadNested(indent) : ReadInline(rest, line);
            if (anchor is not null)
            {
                _anchors[anchor] = value;
            }

            if (key == "<<")
            {
                merged.Add(value as Dictionary<string, object?> ?? throw Error(line, "`<<` must merge a mapping"));
            }
            else if (!mapping.TryAdd(key, value))
            {
                throw Error(line, $"duplicate key `{key}`");
            }
        }

        // A merge key is shallow, and keys written out beside it win over the merged ones.
        foreach (var source in merged)
        {
            foreach (var (key, value) in source)
            {
                mapping.TryAdd(key, value);
            }
        }

        return mapping;
    }

    private object? ReadNested(int parentIndent)
    {
        if (_next >= _lines.Count)
        {
            return null;
        }

        var first = _lines[_next];
        if (first.Indent > parentIndent)
        {
            return IsSequenceItem(first.Text) ? ReadSequence(first.Indent) : ReadMapping(first.Indent);
        }

        // YAML lets a sequence under a key start at the key's own indentation.
        return first.Indent == parentIndent && IsSequenceItem(first.Text) ? ReadSequence(parentIndent) : null;
    }

    private List<object?> ReadSequence(int indent)
    {
        var items = new List<object?>();
        while (_next < _lines.Count && _lines[_next].Indent == indent && IsSequenceItem(_lines[_next].Text))
        {
            var line = _lines[_next++];
            var item = line.Text[1..].Trim();
            if (item.Length == 0 || (item[0] is not '"' and not '\'' && KeyColon(item) >= 0))
            {
                throw Error(line, "only scalar sequence items are supported");
            }

            items.Add(ReadInline(item, line));
        }

        return items;
    }

    private object? ReadInline(string text, YamlLine line)
    {
        if (text.StartsWith('*'))
        {
            return _anchors.TryGetValue(text[1..], out var value) ? value : throw Error(line, $"unknown alias `{text}`");
        }

        return text[0] switch
        {
            '"' when text.Length > 1 && text[^1] == '"' => Unescape(text[1..^1], line),
            '\'' when text.Length > 1 && text[^1] == '\'' => text[1..^1].Replace("''", "'", StringComparison.Ordinal),
            // Flow collections (such as a healthcheck's test) are kept as written: nothing here needs their items.
            '[' or '{' => text,
            '"' or '\'' or '|' or '>' or '!' or '&' or '@' or '`' => throw Error(line, $"unsupported scalar `{text}`"),
            _ => text,
        };
    }

    private static string Unescape(string text, YamlLine line)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            if (++i == text.Length)
            {
                throw Error(line, "dangling escape");
            }

            result.Append(text[i] switch
            {
                '\\' => '\\',
                '"' => '"',
                '/' => '/',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => throw Error(line, $"unsupported escape `\\{text[i]}`"),
            });
        }

        return result.ToString();
    }

    /// <summary>The colon that ends a key: one followed by a space or the end of the line.</summary>
    private static int KeyColon(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSequenceItem(string text) => text == "-" || text.StartsWith("- ", StringComparison.Ordinal);

    private static FormatException Error(YamlLine line, string message) => line.Error(message);
}
