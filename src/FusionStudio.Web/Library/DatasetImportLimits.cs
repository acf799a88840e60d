namespace FusionStudio.Web.Library;

/// <summary>How much one import may hold; each limit has a message that says what to do.</summary>
public static class DatasetImportLimits
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public const int MaxPrompts = 100_000;

    public const int MaxTextCharacters = 100_000;

    public const int MaxTaskCharacters = 100;

    public const int MaxIdCharacters = 200;

    /// <summary>Errors listed one by one; the rest are counted.</summary>
    public const int MaxListedErrors = 100;

    /// <summary>Pasting goes through the browser connection: beyond this, upload a file.</summary>
    public const int MaxPastedCharacters = 200_000;

    public static string FileTooLargeMessage => $"The file is larger than {MaxFileBytes / (1024 * 1024)} MB. Split it into smaller files.";

    public static string TooManyPromptsMessage => $"More than {MaxPrompts:N0} prompts. Split them into several datasets.";

    public static string PasteTooLongMessage => $"More than {MaxPastedCharacters:N0} characters. Upload a JSONL or CSV file instead.";
}
