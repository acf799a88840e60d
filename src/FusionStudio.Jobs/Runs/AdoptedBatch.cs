using FusionStudio.Jobs.Runs.Ownership;

namespace FusionStudio.Jobs.Runs;

/// <summary>A batch a job took over beside its own, with the lease that makes it the batch's one owner.</summary>
public sealed record AdoptedBatch(RunBatchRange Range, IBatchLease Lease);
