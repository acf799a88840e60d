using FusionStudio.Engine.PastAnswers;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// The distillation export's rows for one batch: each prompt's top-K candidates by <see cref="DistillationSelection"/>,
/// then, when asked, its reference answer. Language and task filters were applied when the batch was read; the
/// answer-language filter drops single answers.
/// </summary>
public static class DistillationRowComposer
{
    public static IEnumerable<DistillationRow> Compose(ExportBatch batch, int topK, bool withReference, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var prompt in batch.Prompts)
        {
            var candidates = batch.CandidatesOf(prompt.PromptId).Where(c => c.Error is null && c.Text is not null).ToList();
            var answers = candidates.Select((c, order) => PastAnswer.From(c.Id, c.TeacherModel, c.Text!, c.ImportedScore, c.JudgeScore, (double)c.Usage.Cost, order));
            var rank = 0;
            foreach (var answer in DistillationSelection.Select(answers, topK))
            {
                rank++;
                if (filter.PassesLanguage(answer.Text, prompt.Language))
                {
                    yield return new DistillationRow(batch.RunId, prompt, new ExportAnswer(answer.Text, ExportAnswer.CandidateSource, answer.Performance, answer.CandidateId),
                        rank, answer.Model, answer.Performance, answer.Judge);
                }
            }

            if (withReference && !string.IsNullOrWhiteSpace(prompt.Reference))
            {
                yield return new DistillationRow(batch.RunId, prompt, new ExportAnswer(prompt.Reference, DistillationRow.ReferenceSource, null), null, null, null, null);
            }
        }
    }
}
