using FusionStudio.Engine.Exports;

namespace FusionStudio.Web.Exports;

/// <summary>Which tables an export kind reads, so a batch loads nothing its rows do not use.</summary>
internal sealed record ExportNeeds(bool Candidates, bool Aggregates, bool AggregateTexts, bool AnswerScores, bool Comparisons, bool Reviews)
{
    public static ExportNeeds For(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var humanSft = request.Kind == ExportKind.Sft && request.SftAnswer == SftAnswerRule.HumanPreferred;
        var humanPairs = request.Kind == ExportKind.PreferencePairs && request.PairRule == PreferencePairRule.HumanPreferred;
        var needs = request.Kind switch
        {
            ExportKind.FullLog => new ExportNeeds(true, true, false, false, false, false),
            ExportKind.Aggregates => new ExportNeeds(false, true, true, true, false, false),
            ExportKind.Comparisons => new ExportNeeds(false, false, false, false, true, false),
            ExportKind.Reviews => new ExportNeeds(false, false, false, false, false, true),
            ExportKind.Sft => new ExportNeeds(false, true, true, true, false, humanSft),
            ExportKind.Distillation => new ExportNeeds(true, false, false, false, false, false),
            _ => new ExportNeeds(!humanPairs, true, true, true, false, humanPairs),
        };

        // The judge filter reads the prompt's comparisons, whatever the kind's rows are.
        return request.Filter.Judge != ExportJudgeFilter.Any && ExportKindInfo.UsesJudgeFilter(request.Kind) ? needs with { Comparisons = true } : needs;
    }
}
