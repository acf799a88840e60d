using FusionStudio.Engine.Imports.Reading;

namespace FusionStudio.Engine.Imports;

/// <summary>How much one dataset import may hold (configuration section <c>Datasets</c>).</summary>
public sealed class ImportLimits
{
    public const string SectionName = "Datasets";

    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    public int MaxRows { get; set; } = 200_000;

    /// <summary>The longest text one field (prompt, reference, metadata value) may have.</summary>
    public int MaxFieldChars { get; set; } = 100_000;

    public int MaxTaskChars { get; set; } = 100;

    public int MaxIdChars { get; set; } = 200;

    /// <summary>Errors and warnings listed one by one; the rest are counted.</summary>
    public int MaxListedIssues { get; set; } = 200;

    /// <summary>Rows shown before an import, as they would be stored.</summary>
    public int PreviewRows { get; set; } = 10;

    /// <summary>Pasting goes through the browser connection: beyond this, upload a file.</summary>
    public int MaxPastedChars { get; set; } = 200_000;

    public string FileTooLargeMessage => TextInputException.TooLargeMessage(MaxFileBytes);

    public string TooManyRowsMessage => $"More than {MaxRows:N0} rows. Split them into several datasets.";

    public string PasteTooLongMessage => $"More than {MaxPastedChars:N0} characters. Upload a file instead.";
}
