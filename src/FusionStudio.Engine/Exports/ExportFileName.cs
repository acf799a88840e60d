using System.Globalization;
using System.Text;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// The download's file name: run, kind, rule, filters and date, for example <c>run-12-sft-fusion-2026-11-25.jsonl</c>.
/// Languages and tasks are free text, so every part is reduced to lowercase letters, digits and dashes.
/// </summary>
public static class ExportFileName
{
    private const int MaxPartLength = 40;

    public static string For(int runId, ExportRequest request, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = new List<string> { "run", runId.ToString(CultureInfo.InvariantCulture), ExportSlugs.Of(request.Kind) };
        switch (request.Kind)
        {
            case ExportKind.Sft:
                parts.Add(ExportSlugs.Of(request.SftAnswer));
                break;
            case ExportKind.PreferencePairs:
                parts.Add(ExportSlugs.Of(request.PairRule));
                break;
            case ExportKind.Distillation:
                parts.Add("top" + request.TopK.ToString(CultureInfo.InvariantCulture) + (request.WithReference ? "-reference" : ""));
                break;
        }

        var filter = request.Filter;
        if (filter.Method is { } method && ExportKindInfo.UsesMethodFilter(request.Kind))
        {
            parts.Add(ExportSlugs.Of(method));
        }

        parts.Add(filter.Language ?? "");
        parts.Add(filter.Task ?? "");
        if (filter.Human != ExportHumanFilter.Any)
        {
            parts.Add("human-" + ExportSlugs.Of(filter.Human));
        }

        parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var name = string.Join('-', parts.Select(Sanitize).Where(part => part.Length > 0));
        return $"{name}.{ExportSlugs.Of(request.Format)}";
    }

    /// <summary>Lowercase ASCII letters and digits; anything else becomes one dash.</summary>
    public static string Sanitize(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var text = new StringBuilder(part.Length);
        foreach (var character in part.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                text.Append(char.ToLowerInvariant(character));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark && text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var clean = text.ToString().Trim('-');
        return clean.Length <= MaxPartLength ? clean : clean[..MaxPartLength].TrimEnd('-');
    }
}
