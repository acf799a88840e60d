using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Stores the answer-language flag of a run's answers that were written before the flag was (decision 0016): their
/// texts are checked a batch at a time, in id order, and each batch's flags are set in two statements, so memory
/// stays flat and an old run is slow once. Only rows still without a flag are set, so two readers at once agree.
/// </summary>
internal static class UncheckedAnswerLanguages
{
    private const int BatchSize = 2_000;

    public static async Task StoreAsync(FusionDbContext db, int runId, CancellationToken cancellationToken)
    {
        await StoreAsync(db, db.Candidates, runId, cancellationToken);
        await StoreAsync(db, db.Aggregates, runId, cancellationToken);
    }

    private static async Task StoreAsync<TAnswer>(FusionDbContext db, IQueryable<TAnswer> answers, int runId, CancellationToken cancellationToken)
        where TAnswer : class, IStoredAnswer
    {
        var withoutFlag = answers.Where(a => a.RunId == runId && a.WrongLanguage == null && a.Text != null);
        var after = 0L;
        while (true)
        {
            var batch = await withoutFlag.Where(a => a.Id > after).OrderBy(a => a.Id).Take(BatchSize)
                .Join(db.DatasetPrompts, a => a.PromptId, p => p.Id, (a, p) => new { a.Id, a.Text, p.Language })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            after = batch.Max(a => a.Id);
            var wrong = batch.Where(a => AnswerLanguageCheck.IsWrong(a.Text, a.Language)).Select(a => a.Id).ToList();
            var right = batch.Select(a => a.Id).Except(wrong).ToList();
            await withoutFlag.Where(a => wrong.Contains(a.Id)).ExecuteUpdateAsync(set => set.SetProperty(a => a.WrongLanguage, true), cancellationToken);
            await withoutFlag.Where(a => right.Contains(a.Id)).ExecuteUpdateAsync(set => set.SetProperty(a => a.WrongLanguage, false), cancellationToken);
        }
    }
}
