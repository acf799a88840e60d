using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;
using FusionStudio.Web.Library;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// "Judge this traffic" on a live run: pins the chosen judge and judge prompt (the pairwise prompt is the built-in
/// one's latest version unless the run has one), adds Best-of-N on the stored candidates and the comparison of the
/// recipe's answer against it, and queues <see cref="JudgeLiveRunJob"/>. A judge already pinned stays: a second click
/// judges only what arrived since, never the same answers again under another judge.
/// </summary>
public sealed class LiveRunJudging(IDbContextFactory<FusionDbContext> contexts, IBackgroundJobClient jobs)
{
    public async Task<RunCommandResult> JudgeAsync(int runId, int judgeTeacherId, int pointwiseTemplateId, LibraryEditor? editor, CancellationToken cancellationToken = default)
    {
        if (editor is null)
        {
            return new RunCommandResult(false, EditorCheck.Denied);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is not { Source: RunSource.Live })
        {
            return new RunCommandResult(false, "Only a live run's traffic is judged this way; start a run to judge a dataset.");
        }

        if (run.JudgeTeacherId is null)
        {
            if (!await db.Teachers.AnyAsync(t => t.Id == judgeTeacherId, cancellationToken))
            {
                return new RunCommandResult(false, "Choose the judge: this teacher no longer exists.");
            }

            var pointwise = await LatestAsync(db, v => v.TemplateId == pointwiseTemplateId && v.Template!.Kind == PromptTemplateKind.PointwiseJudge, cancellationToken);
            if (pointwise is null)
            {
                return new RunCommandResult(false, "Choose the judge prompt: this pointwise judge prompt no longer exists.");
            }

            run.JudgeTeacherId = judgeTeacherId;
            run.PointwiseJudgeTemplateVersionId = pointwise;
            run.PairwiseJudgeTemplateVersionId ??= await LatestAsync(db, v => v.Template!.IsBuiltIn && v.Template.Kind == PromptTemplateKind.PairwiseJudge, cancellationToken);
        }

        var answer = run.Methods.Where(m => m.IsFusion() || m == AggregationMethod.Routed).Select(m => (AggregationMethod?)m).FirstOrDefault();
        if (!run.Methods.Contains(AggregationMethod.BestOfN))
        {
            run.Methods = [.. run.Methods, AggregationMethod.BestOfN];
        }

        if (answer is { } served && run.ComparisonPairs.Count == 0)
        {
            run.ComparisonPairs = [new MethodPair(served, AggregationMethod.BestOfN)];
        }

        await db.SaveChangesAsync(cancellationToken);
        // The judge, methods or pairs may be new: what the prompt table shows changes for every prompt.
        await PromptTableSummaryWriter.RefreshRunAsync(db, runId, cancellationToken);
        jobs.Enqueue<JudgeLiveRunJob>(job => job.RunAsync(runId, CancellationToken.None));
        return new RunCommandResult(true, "Judging the served requests: scores, Best-of-N and the comparison appear on the report as they come.");
    }

    private static Task<int?> LatestAsync(
        FusionDbContext db, System.Linq.Expressions.Expression<Func<PromptTemplateVersion, bool>> which, CancellationToken cancellationToken) =>
        db.PromptTemplateVersions.Where(which).OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken);
}
