using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;

namespace FusionStudio.Web.Components.Pages.Runs.Export;

/// <summary>The choices on the export page, turned into a request for the download link and the row count.</summary>
public sealed class ExportForm
{
    public ExportKind Kind { get; set; } = ExportKind.Sft;

    public ExportFormat Format { get; set; } = ExportFormat.Jsonl;

    public SftAnswerRule SftAnswer { get; set; } = SftAnswerRule.Fusion;

    public PreferencePairRule PairRule { get; set; } = PreferencePairRule.FusionOverLowest;

    public int TopK { get; set; } = ExportRequest.DefaultTopK;

    public bool WithReference { get; set; }

    public AggregationMethod? Method { get; set; }

    public string? Language { get; set; }

    public string? Task { get; set; }

    public double? MinScore { get; set; }

    public ExportHumanFilter Human { get; set; }

    public bool RightLanguageOnly { get; set; }

    public ExportJudgeFilter Judge { get; set; }

    public bool ExcelBom { get; set; }

    public bool KeepFormulas { get; set; }

    public ExportRequest ToRequest() => new(Kind, Format)
    {
        SftAnswer = SftAnswer,
        PairRule = PairRule,
        TopK = Math.Clamp(TopK, 1, FusionStudio.Engine.PastAnswers.DistillationSelection.MaxTopK),
        WithReference = WithReference,
        ExcelBom = Format == ExportFormat.Csv && ExcelBom,
        KeepFormulas = Format == ExportFormat.Csv && KeepFormulas,
        Filter = new ExportFilter
        {
            Method = ExportKindInfo.UsesMethodFilter(Kind) ? Method : null,
            Language = Language,
            Task = Task,
            MinScore = ExportKindInfo.UsesMinScore(Kind) ? MinScore : null,
            Human = Human,
            RightLanguageOnly = RightLanguageOnly,
            Judge = ExportKindInfo.UsesJudgeFilter(Kind) ? Judge : ExportJudgeFilter.Any,
        },
    };
}
