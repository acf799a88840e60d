namespace FusionStudio.Web.Library;

/// <summary>One bad line of an import. <see cref="Line"/> 0 means the whole input (too large, empty).</summary>
public sealed record DatasetImportError(int Line, string? Field, string Reason)
{
    public override string ToString() => (Line, Field) switch
    {
        (0, _) => Reason,
        (_, null) => $"line {Line}: {Reason}",
        _ => $"line {Line}, field {Field}: {Reason}",
    };
}
