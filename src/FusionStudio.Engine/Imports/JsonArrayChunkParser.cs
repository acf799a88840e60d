using System.Text.Json;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// The synchronous half of <see cref="JsonArrayRecordReader"/>: parses the complete elements of one buffer and says
/// how many bytes it used, so the rest waits for the next read. The reader state carries over between buffers.
/// </summary>
internal sealed class JsonArrayChunkParser
{
    private const string NotAnArray = "The file must hold one JSON array of objects, like [{\"prompt\": \"…\"}, {\"prompt\": \"…\"}].";

    private JsonReaderState _state;
    private bool _started;
    private bool _ended;
    private int _linesBefore;

    /// <summary>True until the opening [ has been read.</summary>
    public bool AtStart => !_started;

    /// <summary>True once a syntax error ended the reading.</summary>
    public bool Stopped { get; private set; }

    public int Parse(ReadOnlySpan<byte> data, bool isFinal, List<ImportRecord> records)
    {
        var reader = new Utf8JsonReader(data, isFinal, _state);
        var consumed = 0;
        var counter = new LineCounter(data, _linesBefore);
        try
        {
            while (true)
            {
                if (!reader.Read())
                {
                    break;
                }

                if (_ended)
                {
                    throw new ImportInputException(counter.LineAt((int)reader.TokenStartIndex), null, "There is more after the closing ] of the array. " + NotAnArray);
                }

                if (!_started)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new ImportInputException(counter.LineAt((int)reader.TokenStartIndex), null, NotAnArray);
                    }

                    _started = true;
                }
                else if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _ended = true;
                }
                else
                {
                    var line = counter.LineAt((int)reader.TokenStartIndex);
                    if (!JsonDocument.TryParseValue(ref reader, out var document))
                    {
                        break; // the element goes on in the next buffer
                    }

                    using (document)
                    {
                        records.Add(JsonRecords.FromElement(line, document.RootElement.Clone(), "expected an object, like {\"prompt\": \"…\"}"));
                    }
                }

                consumed = (int)reader.BytesConsumed;
                _state = reader.CurrentState;
            }
        }
        catch (JsonException error)
        {
            Stopped = true;
            var line = error.LineNumber is { } number ? (int)number + 1 : counter.LineAt(consumed);
            var at = error.BytePositionInLine is { } position ? $" near character {position + 1}" : "";
            records.Add(ImportRecord.Unreadable(line, $"is not valid JSON{at}; the rest of the array was not read"));
            return data.Length;
        }

        _linesBefore = counter.LineAt(consumed) - 1;
        return consumed;
    }

    /// <summary>Called at the end of the file: an array that never opened or closed is an error.</summary>
    public void Finish()
    {
        if (!Stopped && !_started)
        {
            throw new ImportInputException(0, null, "The file is empty: " + NotAnArray);
        }

        if (!Stopped && !_ended)
        {
            throw new ImportInputException(_linesBefore + 1, null, "The array is not closed with ]: the file may be cut short.");
        }
    }

    /// <summary>Counts line breaks forward only, so finding the line of each element costs no more than one pass.</summary>
    private ref struct LineCounter(ReadOnlySpan<byte> data, int linesBefore)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _countedTo;
        private int _lines = linesBefore;

        public int LineAt(int position)
        {
            if (position < _countedTo)
            {
                // Before the last element that did not fit: count back rather than forward.
                return _lines - _data[position.._countedTo].Count((byte)'\n') + 1;
            }

            _lines += _data[_countedTo..position].Count((byte)'\n');
            _countedTo = position;
            return _lines + 1;
        }
    }
}
