using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Methods;
using FusionStudio.Jobs.Runs.Reads;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 3: each selector of the run (Best-of-N, MBR, random) takes one candidate; Routed takes the answer of the
/// teacher the router ranked first. No model call.
/// </summary>
public sealed class SelectionStep(PromptCandidateReader candidateReader, PromptAggregateReader aggregates, RowStore rows, TimeProvider clock)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, PromptRoute? route, CancellationToken cancellationToken)
    {
        var limit = run.CandidatesPerPrompt;
        var done = (await aggregates.ReadAsync(run, prompt.Id, cancellationToken)).Where(a => a.CandidateLimit == limit).Select(a => a.Method);
        var todo = run.Selectors.Except(done).ToList();
        if (todo.Count == 0)
        {
            return;
        }

        var candidates = await candidateReader.ReadAnsweredAsync(run, prompt.Id, cancellationToken);
        foreach (var method in todo)
        {
            if (method == AggregationMethod.Routed)
            {
                await rows.AddOnceAsync(RoutedAnswer(run, prompt, route, candidates, limit).WithLanguageFlag(prompt.Language), cancellationToken);
                continue;
            }

            var selection = candidates.Count == 0
                ? SelectionResult.None("No candidate was generated.")
                : CandidateSelectors.For(method).Select(new SelectionInput(run.Run.Seed, prompt.Id, candidates));
            await rows.AddOnceAsync(
                new Aggregate
                {
                    RunId = run.Run.Id,
                    PromptId = prompt.Id,
                    Method = method,
                    CandidateLimit = limit,
                    SelectedCandidateId = selection.CandidateId,
                    Text = candidates.FirstOrDefault(c => c.CandidateId == selection.CandidateId)?.Text,
                    SourceCandidateIds = candidates.Select(c => c.CandidateId).ToList(),
                    Error = selection.IsSelected ? null : selection.Reason,
                    CreatedAt = clock.GetUtcNow(),
                }.WithLanguageFlag(prompt.Language),
                cancellationToken);
        }
    }

    private Aggregate RoutedAnswer(RunContext run, DatasetPrompt prompt, PromptRoute? route, IReadOnlyList<CandidateView> candidates, int limit)
    {
        var aggregate = new Aggregate
        {
            RunId = run.Run.Id,
            PromptId = prompt.Id,
            Method = AggregationMethod.Routed,
            CandidateLimit = limit,
            CreatedAt = clock.GetUtcNow(),
        };
        var teacherId = route?.Best(1).FirstOrDefault();
        var position = run.Teachers.FirstOrDefault(t => t.Teacher.Id == teacherId)?.Position;
        var answer = candidates.FirstOrDefault(c => c.TeacherPosition == position && c.SampleIndex == 0);
        if (route is null || position is null)
        {
            aggregate.Error = route?.Error ?? "The prompt was not routed.";
        }
        else if (answer is null)
        {
            aggregate.Error = "The routed teacher gave no answer.";
        }
        else
        {
            aggregate.SelectedCandidateId = answer.CandidateId;
            aggregate.SourceCandidateIds = [answer.CandidateId];
            aggregate.Text = answer.Text;
        }

        return aggregate;
    }
}
