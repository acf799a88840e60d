namespace FusionStudio.Engine.Imports;

/// <summary>One problem of an import. <see cref="Line"/> 0 means the whole input (too large, empty, not UTF-8).</summary>
public sealed record ImportIssue(int Line, string? Field, string Reason)
{
    public override string ToString() => (Line, Field) switch
    {
        (0, null) => Reason,
        (0, _) => $"field {Field}: {Reason}",
        (_, null) => $"line {Line}: {Reason}",
        _ => $"line {Line}, field {Field}: {Reason}",
    };
}
