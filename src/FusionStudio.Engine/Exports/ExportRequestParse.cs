namespace FusionStudio.Engine.Exports;

/// <summary>A parsed export request, or the problems with each parameter (never both).</summary>
public sealed record ExportRequestParse(ExportRequest? Request, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Request is not null;
}
