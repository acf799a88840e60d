using System.Text;

namespace FusionStudio.Engine.Imports.Reading;

/// <summary>Opens an uploaded file as UTF-8 text under a byte limit, the one way both importers read text.</summary>
public static class TextFiles
{
    /// <summary>A decoder for text the checked stream has passed: invalid bytes would already have stopped the read.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The stream, failing with a <see cref="TextInputException"/> once it passes <paramref name="maxBytes"/> or meets a
    /// byte that is not UTF-8. Read it raw (to look at its start) or through <see cref="OpenReader"/>.
    /// </summary>
    public static Stream Check(Stream stream, long maxBytes) => new CheckedTextStream(stream, maxBytes);

    /// <summary>Text from a checked stream; a byte order mark is skipped.</summary>
    public static StreamReader OpenReader(Stream checkedStream, bool leaveOpen = false) =>
        new(checkedStream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: leaveOpen);
}
