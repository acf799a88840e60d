using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.LogImports;

/// <summary>Limits of one log import and the provider its models are filed under (section <c>LogImports</c>).</summary>
public sealed class LogImportOptions
{
    public const string SectionName = "LogImports";

    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    [Range(1, 1_000_000)]
    public int MaxRecords { get; set; } = 200_000;

    /// <summary>Errors listed one by one; the rest are counted.</summary>
    [Range(1, 10_000)]
    public int MaxListedErrors { get; set; } = 100;

    [Required, StringLength(120, MinimumLength = 1)]
    public string ProviderName { get; set; } = "Imported logs";
}
