namespace FusionStudio.Engine.Imports.Logs;

/// <summary>The log file is larger than the import allows.</summary>
public sealed class LogFileTooLargeException(long maxBytes)
    : Exception($"The file is larger than {LogSizes.Describe(maxBytes)}. Split it into smaller files.")
{
    public long MaxBytes { get; } = maxBytes;
}
