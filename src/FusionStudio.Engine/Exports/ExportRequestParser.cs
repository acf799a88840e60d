using System.Globalization;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// Reads an export request from query-string style values (<c>kind=sft&amp;format=jsonl&amp;answer=fusion</c>). Every bad
/// value is reported under its parameter's name with the values that are accepted.
/// </summary>
public static class ExportRequestParser
{
    public const string KindParameter = "kind";
    public const string FormatParameter = "format";
    public const string AnswerParameter = "answer";
    public const string PairParameter = "pair";
    public const string MethodParameter = "method";
    public const string LanguageParameter = "language";
    public const string TaskParameter = "task";
    public const string MinScoreParameter = "minScore";

    /// <summary>"true": leave out answers flagged by the answer-language check.</summary>
    public const string RightLanguageParameter = "rightLanguageOnly";
    public const string HumanParameter = "human";
    public const string JudgeParameter = "judge";

    /// <summary>Distillation: how many answers per prompt, 1 to <see cref="PastAnswers.DistillationSelection.MaxTopK"/>.</summary>
    public const string TopKParameter = "k";

    /// <summary>Distillation, "true": add each prompt's reference answer as one more row.</summary>
    public const string ReferenceParameter = "reference";

    /// <summary>"true": CSV with a UTF-8 byte order mark (Excel).</summary>
    public const string BomParameter = "bom";

    /// <summary>"keep": CSV cells that look like formulas are written as they are.</summary>
    public const string FormulasParameter = "formulas";
    public const string KeepFormulas = "keep";

    private const int MaxTextLength = 100;

    public static ExportRequestParse Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var kind = Choice(value, KindParameter, ExportSlugs.Kinds, null, errors);
        var format = Choice(value, FormatParameter, ExportSlugs.Formats, ExportFormat.Jsonl, errors);
        var answer = Choice(value, AnswerParameter, ExportSlugs.SftAnswers, SftAnswerRule.Fusion, errors);
        var pair = Choice(value, PairParameter, ExportSlugs.PairRules, PreferencePairRule.FusionOverLowest, errors);
        var method = Choice(value, MethodParameter, ExportSlugs.Methods, null, errors);
        var human = Choice(value, HumanParameter, ExportSlugs.HumanFilters, ExportHumanFilter.Any, errors);
        var judge = Choice(value, JudgeParameter, ExportSlugs.JudgeFilters, ExportJudgeFilter.Any, errors);
        var language = Text(value, LanguageParameter, errors);
        var task = Text(value, TaskParameter, errors);
        double? minScore = null;
        if (Present(value(MinScoreParameter)) is { } scoreText)
        {
            if (double.TryParse(scoreText, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score))
            {
                minScore = score;
            }
            else
            {
                errors[MinScoreParameter] = [$"\"{scoreText}\" is not a number; use a decimal point, e.g. 7.5."];
            }
        }

        var rightLanguageOnly = false;
        if (Present(value(RightLanguageParameter)) is { } flagText && !bool.TryParse(flagText, out rightLanguageOnly))
        {
            errors[RightLanguageParameter] = [$"\"{flagText}\" is not true or false."];
        }

        var topK = ExportRequest.DefaultTopK;
        if (Present(value(TopKParameter)) is { } topKText
            && (!int.TryParse(topKText, NumberStyles.None, CultureInfo.InvariantCulture, out topK) || topK < 1 || topK > PastAnswers.DistillationSelection.MaxTopK))
        {
            errors[TopKParameter] = [$"\"{topKText}\" is not a whole number from 1 to {PastAnswers.DistillationSelection.MaxTopK}."];
        }

        var withReference = false;
        if (Present(value(ReferenceParameter)) is { } referenceText && !bool.TryParse(referenceText, out withReference))
        {
            errors[ReferenceParameter] = [$"\"{referenceText}\" is not true or false."];
        }

        var bom = false;
        if (Present(value(BomParameter)) is { } bomText && !bool.TryParse(bomText, out bom))
        {
            errors[BomParameter] = [$"\"{bomText}\" is not true or false."];
        }

        var keepFormulas = false;
        if (Present(value(FormulasParameter)) is { } formulasText)
        {
            keepFormulas = string.Equals(formulasText, KeepFormulas, StringComparison.OrdinalIgnoreCase);
            if (!keepFormulas && !string.Equals(formulasText, "escape", StringComparison.OrdinalIgnoreCase))
            {
                errors[FormulasParameter] = [$"\"{formulasText}\" is not a formulas choice; use one of: escape, keep."];
            }
        }

        if (errors.Count > 0 || kind is not { } exportKind || format is not { } exportFormat)
        {
            return new ExportRequestParse(null, errors);
        }

        var request = new ExportRequest(exportKind, exportFormat)
        {
            SftAnswer = answer ?? SftAnswerRule.Fusion,
            PairRule = pair ?? PreferencePairRule.FusionOverLowest,
            TopK = topK,
            WithReference = withReference,
            ExcelBom = bom,
            KeepFormulas = keepFormulas,
            Filter = new ExportFilter
            {
                Method = method, Language = language, Task = task, MinScore = minScore, Human = human ?? ExportHumanFilter.Any,
                RightLanguageOnly = rightLanguageOnly, Judge = judge ?? ExportJudgeFilter.Any,
            },
        };
        return new ExportRequestParse(request, errors);
    }

    private static T? Choice<T>(Func<string, string?> value, string name, IReadOnlyDictionary<string, T> choices, T? fallback, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        var text = Present(value(name));
        if (text is null)
        {
            if (fallback is null && name == KindParameter)
            {
                errors[name] = [$"Choose a kind: {string.Join(", ", choices.Keys)}."];
            }

            return fallback;
        }

        if (choices.TryGetValue(text, out var choice))
        {
            return choice;
        }

        errors[name] = [$"\"{text}\" is not a {name}; use one of: {string.Join(", ", choices.Keys)}."];
        return fallback;
    }

    private static string? Text(Func<string, string?> value, string name, Dictionary<string, string[]> errors)
    {
        var text = Present(value(name));
        if (text is { Length: > MaxTextLength })
        {
            errors[name] = [$"Keep the {name} under {MaxTextLength} characters."];
            return null;
        }

        return text;
    }

    private static string? Present(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
