using System.Globalization;

namespace FusionStudio.Engine.Imports.Logs;

/// <summary>What is wrong with a log file, and where: the line (0 for the file as a whole) and the field, when one is to blame.</summary>
public sealed record LogImportError(int Line, string? Field, string Message)
{
    public string Where => (Line, Field) switch
    {
        (0, null) => "File",
        (0, { } name) => $"Field \"{name}\"",
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"Line {Line}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Line {Line}, field \"{Field}\""),
    };

    public override string ToString() => $"{Where}: {Message}";
}
