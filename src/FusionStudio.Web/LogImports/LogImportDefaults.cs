namespace FusionStudio.Web.LogImports;

/// <summary>The language and task of a query whose records give none.</summary>
public static class LogImportDefaults
{
    public const string Language = "en";

    public const string Task = "general";
}
