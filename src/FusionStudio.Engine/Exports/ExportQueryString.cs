using System.Globalization;

namespace FusionStudio.Engine.Exports;

/// <summary>Writes a request as the query string that <see cref="ExportRequestParser"/> reads, leaving defaults out.</summary>
public static class ExportQueryString
{
    public static string For(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = new List<(string Name, string Value)>
        {
            (ExportRequestParser.KindParameter, ExportSlugs.Of(request.Kind)),
            (ExportRequestParser.FormatParameter, ExportSlugs.Of(request.Format)),
        };
        if (request.Kind == ExportKind.Sft)
        {
            parts.Add((ExportRequestParser.AnswerParameter, ExportSlugs.Of(request.SftAnswer)));
        }

        if (request.Kind == ExportKind.PreferencePairs)
        {
            parts.Add((ExportRequestParser.PairParameter, ExportSlugs.Of(request.PairRule)));
        }

        if (request.Kind == ExportKind.Distillation)
        {
            parts.Add((ExportRequestParser.TopKParameter, request.TopK.ToString(CultureInfo.InvariantCulture)));
            if (request.WithReference)
            {
                parts.Add((ExportRequestParser.ReferenceParameter, "true"));
            }
        }

        var filter = request.Filter;
        if (filter.Method is { } method && ExportKindInfo.UsesMethodFilter(request.Kind))
        {
            parts.Add((ExportRequestParser.MethodParameter, ExportSlugs.Of(method)));
        }

        if (filter.Language is { } language)
        {
            parts.Add((ExportRequestParser.LanguageParameter, language));
        }

        if (filter.Task is { } task)
        {
            parts.Add((ExportRequestParser.TaskParameter, task));
        }

        if (filter.MinScore is { } minScore && ExportKindInfo.UsesMinScore(request.Kind))
        {
            parts.Add((ExportRequestParser.MinScoreParameter, minScore.ToString(CultureInfo.InvariantCulture)));
        }

        if (filter.RightLanguageOnly)
        {
            parts.Add((ExportRequestParser.RightLanguageParameter, "true"));
        }

        if (filter.Human != ExportHumanFilter.Any)
        {
            parts.Add((ExportRequestParser.HumanParameter, ExportSlugs.Of(filter.Human)));
        }

        if (filter.Judge != ExportJudgeFilter.Any && ExportKindInfo.UsesJudgeFilter(request.Kind))
        {
            parts.Add((ExportRequestParser.JudgeParameter, ExportSlugs.Of(filter.Judge)));
        }

        if (request.Format == ExportFormat.Csv && request.ExcelBom)
        {
            parts.Add((ExportRequestParser.BomParameter, "true"));
        }

        if (request.Format == ExportFormat.Csv && request.KeepFormulas)
        {
            parts.Add((ExportRequestParser.FormulasParameter, ExportRequestParser.KeepFormulas));
        }

        return string.Join('&', parts.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
    }
}
