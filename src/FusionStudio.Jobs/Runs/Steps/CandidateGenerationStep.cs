using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Thoughts;
using FusionStudio.Jobs.Runs.Reads;
using FusionStudio.Jobs.Thoughts;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 1: asks each teacher of the run for each of its samples that the database does not hold yet. A run whose
/// methods are all routed asks only the prompt's routed teachers, one sample each. A run with thought hints sends
/// every teacher the same hinted request, and each candidate keeps the templates it got.
/// </summary>
public sealed class CandidateGenerationStep(
    PromptCandidateReader candidates, IModelGateway gateway, RowStore rows, TimeProvider clock, ThoughtHintIndexes hintIndexes)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, PromptRoute? route, CancellationToken cancellationToken)
    {
        // An imported log's candidates are all there is: a slot the log left empty is not generated.
        if (run.Run.Source == RunSource.ImportedLog)
        {
            return;
        }

        var have = (await candidates.ReadAsync(run, prompt.Id, cancellationToken)).Select(c => (c.TeacherId, c.SampleIndex)).ToHashSet();

        var missing = Slots(run, route).Where(x => !have.Contains((x.Teacher.Teacher.Id, x.Sample))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var hints = run.Run.ThoughtTemplateSetId is { } setId && run.HintsTemplate is not null
            ? await hintIndexes.RetrieveAsync(setId, prompt, cancellationToken)
            : [];
        var messages = run.HintsTemplate is { } template ? HintedGenerationBuilder.Build(template, prompt, hints) : prompt.ToConversation();
        await Task.WhenAll(missing.Select(x => GenerateAsync(run, prompt, messages, hints, x.Teacher, x.Sample, cancellationToken)));
    }

    private static IEnumerable<(RunTeacherContext Teacher, int Sample)> Slots(RunContext run, PromptRoute? route)
    {
        if (run.GeneratesAll)
        {
            return run.Teachers.SelectMany(t => Enumerable.Range(0, t.SampleCount).Select(sample => (t, sample)));
        }

        var routed = route?.Best(run.RoutedTeachers) ?? [];
        return run.Teachers.Where(t => routed.Contains(t.Teacher.Id)).Select(t => (t, 0));
    }

    private async Task GenerateAsync(
        RunContext run, DatasetPrompt prompt, IReadOnlyList<PromptMessage> messages, IReadOnlyList<ThoughtHint> hints, RunTeacherContext teacher, int sample,
        CancellationToken cancellationToken)
    {
        var result = await gateway.CompleteAsync(
            teacher.Request(messages, sample, ModelCallPurpose.Generate, run.Run.Id, prompt.Id, hints.Count > 0 ? run.HintsTemplate?.Id : null), cancellationToken);
        await rows.AddOnceAsync(
            new Candidate
            {
                RunId = run.Run.Id,
                PromptId = prompt.Id,
                TeacherId = teacher.Teacher.Id,
                SampleIndex = sample,
                Text = result.Text,
                Calls = [result.Call],
                Error = result.Succeeded ? null : result.FailureReason,
                HintTemplateIds = hints.Select(h => h.TemplateId).ToList(),
                CreatedAt = clock.GetUtcNow(),
            }.WithLanguageFlag(prompt.Language),
            cancellationToken);
    }
}
