using System.Text.Json;
using FusionStudio.Engine.Imports;

namespace FusionStudio.Web.Api.Datasets;

/// <summary>
/// Import errors as validation-problem fields: "line 3: prompt", "line 7", a form field such as "name", or "file"
/// for the whole file.
/// </summary>
internal static class DatasetImportProblems
{
    public const string FileField = "file";

    public static Dictionary<string, string[]> ToFieldErrors(IReadOnlyList<ImportIssue> issues, int unlisted)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var errors = issues
            .GroupBy(KeyOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal);
        if (unlisted > 0)
        {
            errors[FileField] = [.. errors.GetValueOrDefault(FileField) ?? [], $"{unlisted} more error(s) not listed."];
        }

        return errors;
    }

    private static string KeyOf(ImportIssue issue) => (issue.Line, issue.Field) switch
    {
        (0, null) => FileField,
        (0, var field) => JsonNamingPolicy.CamelCase.ConvertName(field),
        (var line, null) => $"line {line}",
        var (line, field) => $"line {line}: {field}",
    };
}
