using FusionStudio.Data;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Every row of a run that paid for model calls, as usage queries: one place that knows where a run's spending is
/// stored, for the run's counters and for one prompt's cost alike.
/// </summary>
internal sealed record RunUsageSources(
    IQueryable<ModelCallUsage> Candidates,
    IQueryable<ModelCallUsage> CandidateScores,
    IQueryable<ModelCallUsage> Fusions,
    IQueryable<ModelCallUsage> FusedScores,
    IQueryable<ModelCallUsage> Comparisons)
{
    public IEnumerable<IQueryable<ModelCallUsage>> All => [Candidates, CandidateScores, Fusions, FusedScores, Comparisons];

    public static RunUsageSources ForRun(FusionDbContext db, int runId) => new(
        db.Candidates.Where(c => c.RunId == runId).Select(c => c.Usage),
        db.JudgeScores.Where(s => s.RunId == runId).Select(s => s.Usage),
        db.Aggregates.Where(a => a.RunId == runId && a.TemplateVersionId != null).Select(a => a.Usage),
        db.AggregateScores.Where(s => s.RunId == runId).Select(s => s.Usage),
        db.Comparisons.Where(c => c.RunId == runId).Select(c => c.Usage));

    public static RunUsageSources ForPrompt(FusionDbContext db, int runId, long promptId) => new(
        db.Candidates.Where(c => c.RunId == runId && c.PromptId == promptId).Select(c => c.Usage),
        db.JudgeScores.Where(s => s.RunId == runId && db.Candidates.Any(c => c.Id == s.CandidateId && c.PromptId == promptId)).Select(s => s.Usage),
        db.Aggregates.Where(a => a.RunId == runId && a.PromptId == promptId && a.TemplateVersionId != null).Select(a => a.Usage),
        db.AggregateScores.Where(s => s.RunId == runId && db.Aggregates.Any(a => a.Id == s.AggregateId && a.PromptId == promptId)).Select(s => s.Usage),
        db.Comparisons.Where(c => c.RunId == runId && c.PromptId == promptId).Select(c => c.Usage));
}
