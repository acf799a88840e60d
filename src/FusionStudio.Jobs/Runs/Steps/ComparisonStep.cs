using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Judging;
using FusionStudio.Jobs.Runs.Reads;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 5: the pairwise judge compares each configured pair of methods' answers, asked in both orders. When the two
/// orders disagree the verdict is a tie; both raw answers are stored.
/// </summary>
public sealed class ComparisonStep(PromptComparisonReader comparisons, PromptAggregateReader aggregates, JudgeAsker judge, RowStore rows, TimeProvider clock)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        if (!run.Compares)
        {
            return;
        }

        var compared = await comparisons.ReadAsync(run, prompt.Id, cancellationToken);
        var todo = run.Run.ComparisonPairs.Except(compared).ToList();
        if (todo.Count == 0)
        {
            return;
        }

        var limit = run.CandidatesPerPrompt;
        var answers = (await aggregates.ReadAsync(run, prompt.Id, cancellationToken))
            .Where(a => a.CandidateLimit == limit)
            .ToDictionary(a => a.Method, a => a.Text);

        await Task.WhenAll(todo.Select(pair => CompareAsync(run, prompt, pair, answers, cancellationToken)));
    }

    private async Task CompareAsync(
        RunContext run, DatasetPrompt prompt, MethodPair pair, IReadOnlyDictionary<AggregationMethod, string?> answers, CancellationToken cancellationToken)
    {
        var comparison = new Comparison
        {
            RunId = run.Run.Id,
            PromptId = prompt.Id,
            MethodA = pair.A,
            MethodB = pair.B,
            TemplateVersionId = run.PairwiseTemplate!.Id,
            Language = prompt.Language,
            Task = prompt.Task,
        };

        var answerA = answers.GetValueOrDefault(pair.A);
        var answerB = answers.GetValueOrDefault(pair.B);
        if (answerA is null || answerB is null)
        {
            comparison.Error = $"{(answerA is null ? pair.A : pair.B).ToLabel()} has no answer to compare.";
        }
        else
        {
            var request = PairwiseRequestBuilder.Build(run.PairwiseTemplate!, prompt, answerA, answerB);
            var orders = await Task.WhenAll(
                AskAsync(run, prompt.Id, request.Messages(shownSwapped: false), cancellationToken),
                AskAsync(run, prompt.Id, request.Messages(shownSwapped: true), cancellationToken));
            var (aFirst, bFirst) = (orders[0], orders[1]);
            comparison.RawAnswerAFirst = aFirst.RawAnswer;
            comparison.RawAnswerBFirst = bFirst.RawAnswer;
            comparison.VerdictAFirst = aFirst.Verdict?.ToPairTerms(shownSwapped: false);
            comparison.VerdictBFirst = bFirst.Verdict?.ToPairTerms(shownSwapped: true);
            comparison.Calls = [.. aFirst.Calls, .. bFirst.Calls];
            comparison.Error = aFirst.Error ?? bFirst.Error;
            if (comparison.VerdictAFirst is { } first && comparison.VerdictBFirst is { } second)
            {
                comparison.Final = Comparison.Combine(first, second);
            }
        }

        comparison.CreatedAt = clock.GetUtcNow();
        await rows.AddOnceAsync(comparison, cancellationToken);
    }

    private Task<JudgeAnswer<PairwiseVerdict>> AskAsync(RunContext run, long promptId, IReadOnlyList<PromptMessage> messages, CancellationToken cancellationToken) =>
        judge.AskAsync<PairwiseVerdict>(
            run, promptId, run.PairwiseTemplate!.Id, messages, ModelCallPurpose.Compare, PairwiseVerdictParser.TryParse, cancellationToken);
}
