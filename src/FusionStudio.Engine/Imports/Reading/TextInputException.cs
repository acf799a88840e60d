namespace FusionStudio.Engine.Imports.Reading;

/// <summary>
/// The file cannot be read any further as text: it is over the size limit, or not UTF-8 at <see cref="Line"/> (0 when
/// the problem is the whole file). Each importer turns it into an error of its own kind.
/// </summary>
public sealed class TextInputException : IOException
{
    private TextInputException(TextInputProblem problem, int line, string message)
        : base(message)
    {
        Problem = problem;
        Line = line;
    }

    public TextInputProblem Problem { get; }

    public int Line { get; }

    public static TextInputException TooLarge(long maxBytes) => new(TextInputProblem.TooLarge, 0, TooLargeMessage(maxBytes));

    /// <summary>Said after the line number: "line 3 is not valid UTF-8 (byte 0xFF). …".</summary>
    public static TextInputException NotUtf8(int line, byte value) =>
        new(TextInputProblem.NotUtf8, line, $"is not valid UTF-8 (byte 0x{value:X2}). Save the file as UTF-8 and upload it again.");

    /// <summary>What people are told about a file over the limit, before and after they upload it.</summary>
    public static string TooLargeMessage(long maxBytes) => $"The file is larger than {ByteSizes.Describe(maxBytes)}. Split it into smaller files.";
}
