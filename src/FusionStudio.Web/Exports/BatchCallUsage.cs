using FusionStudio.Data;
using FusionStudio.Engine.Exports;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Exports;

/// <summary>
/// The usage columns of an export batch: the calls of the batch's prompts (usage only, never what was sent),
/// added up per stored result with <see cref="CallUsage.Total"/> — the same sum the prompt page shows.
/// </summary>
internal sealed class BatchCallUsage
{
    private readonly ILookup<long, ModelCall> _byCandidate;
    private readonly ILookup<long, ModelCall> _byAggregate;
    private readonly ILookup<long, ModelCall> _byComparison;

    private BatchCallUsage(IReadOnlyList<ModelCall> calls)
    {
        _byCandidate = calls.Where(c => c.CandidateId is not null).ToLookup(c => c.CandidateId!.Value);
        _byAggregate = calls.Where(c => c.AggregateId is not null).ToLookup(c => c.AggregateId!.Value);
        _byComparison = calls.Where(c => c.ComparisonId is not null).ToLookup(c => c.ComparisonId!.Value);
    }

    public static async Task<BatchCallUsage> ReadAsync(FusionDbContext db, int runId, IReadOnlyCollection<long> promptIds, CancellationToken cancellationToken)
    {
        var ids = promptIds.Select(id => (long?)id).ToList();
        var calls = await db.ModelCalls.AsNoTracking()
            .Where(c => c.RunId == runId && ids.Contains(c.PromptId))
            .Where(c => c.CandidateId != null || c.AggregateId != null || c.ComparisonId != null)
            .Select(c => new ModelCall
            {
                Id = c.Id,
                CandidateId = c.CandidateId,
                AggregateId = c.AggregateId,
                ComparisonId = c.ComparisonId,
                Usage = c.Usage,
            })
            .ToListAsync(cancellationToken);
        return new BatchCallUsage(calls.OrderBy(c => c.Id).ToList());
    }

    public ExportUsage OfCandidate(long id) => ToExport(_byCandidate[id]);

    public ExportUsage OfAggregate(long id) => ToExport(_byAggregate[id]);

    public ExportUsage OfComparison(long id) => ToExport(_byComparison[id]);

    private static ExportUsage ToExport(IEnumerable<ModelCall> calls)
    {
        var usage = CallUsage.Total(calls);
        return new ExportUsage(usage.InputTokens, usage.OutputTokens, usage.Cost, usage.LatencyMs, usage.FinishReason, usage.CacheHit);
    }
}
