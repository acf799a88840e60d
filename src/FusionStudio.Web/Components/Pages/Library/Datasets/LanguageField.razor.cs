using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>A language tag: pick a common one, or type any well-formed tag.</summary>
public partial class LanguageField
{
    [Parameter]
    public string? Value { get; set; }

    [Parameter]
    public EventCallback<string?> ValueChanged { get; set; }

    [Parameter]
    public string Label { get; set; } = "Language";

    [Parameter]
    public string? HelperText { get; set; } = "A code like en, ar, zh or pt-BR: pick one or type your own.";

    private static string? Check(string? code) =>
        LanguageCodes.IsValid(code?.Trim()) ? null : $"\"{code}\" {LanguageCodes.InvalidMessage}.";

    private static Task<IEnumerable<string>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        var query = text?.Trim() ?? "";
        var showAll = query.Length == 0 || LanguageCodes.Common.Any(c => c.Code == query);
        var codes = LanguageCodes.Common
            .Where(c => showAll || c.Code.StartsWith(query, StringComparison.OrdinalIgnoreCase) || c.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Code);
        return Task.FromResult(codes);
    }
}
