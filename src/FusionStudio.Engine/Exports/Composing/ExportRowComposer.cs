using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// Turns one batch of a run into the rows of each export kind, applying the row filters (method, minimum score,
/// answer language, human verdict); prompt filters were applied when the batch was read.
/// </summary>
public static class ExportRowComposer
{
    public static IEnumerable<FullLogRow> FullLog(ExportBatch batch, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var prompt in batch.Prompts)
        {
            var bestOfN = batch.AggregateOf(prompt.PromptId, AggregationMethod.BestOfN)?.SelectedCandidateId;
            var mbr = batch.AggregateOf(prompt.PromptId, AggregationMethod.Mbr)?.SelectedCandidateId;
            var random = batch.AggregateOf(prompt.PromptId, AggregationMethod.Random)?.SelectedCandidateId;
            var fusionSources = batch.AggregateOf(prompt.PromptId, AggregationMethod.FusionOfN)?.SourceCandidateIds ?? [];
            foreach (var candidate in batch.CandidatesOf(prompt.PromptId))
            {
                var row = new FullLogRow(batch.RunId, prompt, candidate,
                    bestOfN == candidate.Id, mbr == candidate.Id, random == candidate.Id, fusionSources.Contains(candidate.Id));
                if (filter.Passes(candidate.JudgeScore) && filter.PassesLanguage(candidate.Text, prompt.Language)
                    && (filter.Method is not { } method || ChosenBy(row, method)))
                {
                    yield return row;
                }
            }
        }
    }

    public static IEnumerable<AggregateRow> Aggregates(ExportBatch batch, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        return batch.Prompts.SelectMany(prompt => batch.AggregatesOf(prompt.PromptId)
            .Where(a => (filter.Method is not { } method || a.Method == method) && filter.Passes(a.Score) && filter.PassesLanguage(a.Text, prompt.Language)
                && JudgeVerdicts.Keeps(filter.Judge, a.Method, batch.ComparisonsOf(prompt.PromptId)))
            .Select(a => new AggregateRow(batch.RunId, prompt, a)));
    }

    public static IEnumerable<ComparisonRow> Comparisons(ExportBatch batch, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        return batch.Prompts.SelectMany(prompt => batch.ComparisonsOf(prompt.PromptId)
            .Where(c => filter.Method is not { } method || c.MethodA == method || c.MethodB == method)
            .Select(c => new ComparisonRow(batch.RunId, prompt, c)));
    }

    public static IEnumerable<ReviewRow> Reviews(ExportBatch batch, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        return batch.Prompts.SelectMany(prompt => batch.ReviewsOf(prompt.PromptId)
            .Where(r => (filter.Method is not { } method || r.MethodA == method || r.MethodB == method) && Matches(r.Verdict, filter.Human))
            .Select(r => new ReviewRow(batch.RunId, prompt, r)));
    }

    public static IEnumerable<SftRow> Sft(ExportBatch batch, SftAnswerRule rule, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var prompt in batch.Prompts)
        {
            var method = rule switch
            {
                SftAnswerRule.Fusion => AggregationMethod.FusionOfN,
                SftAnswerRule.BestOfN => AggregationMethod.BestOfN,
                SftAnswerRule.RoutedFusion => AggregationMethod.RoutedFusion,
                SftAnswerRule.Routed => AggregationMethod.Routed,
                SftAnswerRule.MixtureOfAgents => AggregationMethod.MixtureOfAgents,
                _ => HumanPreference.Find(batch.ReviewsOf(prompt.PromptId))?.Preferred,
            };
            var answer = method is { } chosen ? AnswerOf(batch.AggregateOf(prompt.PromptId, chosen)) : null;
            if (answer is not null && filter.Passes(answer.Score) && filter.PassesLanguage(answer.Text, prompt.Language)
                && JudgeVerdicts.Keeps(filter.Judge, method!.Value, batch.ComparisonsOf(prompt.PromptId)))
            {
                yield return new SftRow(batch.RunId, prompt, answer, rule);
            }
        }
    }

    public static IEnumerable<PreferencePairRow> PreferencePairs(ExportBatch batch, PreferencePairRule rule, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var prompt in batch.Prompts)
        {
            var pair = rule == PreferencePairRule.FusionOverLowest ? FusionOverLowest(batch, prompt) : HumanPreferred(batch, prompt);
            // A pair whose two answers read the same teaches nothing and contradicts itself: never written.
            if (pair is { } found && !string.Equals(found.Chosen.Text, found.Rejected.Text, StringComparison.Ordinal)
                && filter.Passes(found.Chosen.Score) && filter.PassesLanguage(found.Chosen.Text, prompt.Language)
                && JudgeVerdicts.Keeps(filter.Judge, found.ChosenMethod, batch.ComparisonsOf(prompt.PromptId)))
            {
                yield return new PreferencePairRow(batch.RunId, prompt, found.Chosen, found.Rejected, rule);
            }
        }
    }

    private static (ExportAnswer Chosen, ExportAnswer Rejected, AggregationMethod ChosenMethod)? FusionOverLowest(ExportBatch batch, ExportPrompt prompt)
    {
        var fused = AnswerOf(batch.AggregateOf(prompt.PromptId, AggregationMethod.FusionOfN));
        var lowest = batch.CandidatesOf(prompt.PromptId)
            .Where(c => c.Error is null && !string.IsNullOrEmpty(c.Text) && c.JudgeScore is not null)
            .OrderBy(c => c.JudgeScore)
            .ThenBy(c => c.TeacherPosition).ThenBy(c => c.SampleIndex)
            .FirstOrDefault();
        return fused is null || lowest is null
            ? null
            : (fused, new ExportAnswer(lowest.Text!, ExportAnswer.CandidateSource, lowest.JudgeScore, lowest.Id), AggregationMethod.FusionOfN);
    }

    private static (ExportAnswer Chosen, ExportAnswer Rejected, AggregationMethod ChosenMethod)? HumanPreferred(ExportBatch batch, ExportPrompt prompt)
    {
        if (HumanPreference.Find(batch.ReviewsOf(prompt.PromptId)) is not { } preference)
        {
            return null;
        }

        var chosen = AnswerOf(batch.AggregateOf(prompt.PromptId, preference.Preferred));
        var rejected = AnswerOf(batch.AggregateOf(prompt.PromptId, preference.Other));
        return chosen is null || rejected is null ? null : (chosen, rejected, preference.Preferred);
    }

    private static ExportAnswer? AnswerOf(ExportAggregate? aggregate) =>
        aggregate is { Text: { Length: > 0 } text, Error: null }
            ? new ExportAnswer(text, ExportSlugs.Of(aggregate.Method), aggregate.Score)
            : null;

    private static bool ChosenBy(FullLogRow row, AggregationMethod method) => method switch
    {
        AggregationMethod.BestOfN => row.BestOfNSelected,
        AggregationMethod.Mbr => row.MbrSelected,
        AggregationMethod.Random => row.RandomSelected,
        _ => row.FusionSource,
    };

    /// <summary>Whether a review's verdict fits the human filter; filters that are about prompts keep every review.</summary>
    public static bool Matches(HumanVerdict verdict, ExportHumanFilter filter) => filter switch
    {
        ExportHumanFilter.PreferA => verdict == HumanVerdict.A,
        ExportHumanFilter.PreferB => verdict == HumanVerdict.B,
        ExportHumanFilter.Tie => verdict == HumanVerdict.Tie,
        ExportHumanFilter.BothBad => verdict == HumanVerdict.BothBad,
        _ => true,
    };
}
