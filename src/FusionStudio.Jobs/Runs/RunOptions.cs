using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Jobs.Runs;

/// <summary>How runs are cut into jobs and how hard each job works. Section <c>Runs</c>.</summary>
public sealed class RunOptions
{
    public const string SectionName = "Runs";

    /// <summary>Prompts per job: small enough to spread over workers, large enough that the queue is not the bottleneck.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Prompts one process advances at the same time, over all its batch jobs (<see cref="PromptSlots"/>); provider
    /// limits still cap the model calls. Enough to keep every provider's concurrency full, few enough to bound the
    /// work a killed process leaves half done.
    /// </summary>
    [Range(1, 10_000)]
    public int PromptConcurrency { get; set; } = 128;

    /// <summary>Times the judge is asked again when its answer cannot be parsed, before the score is recorded as failed.</summary>
    [Range(1, 10)]
    public int JudgeMaxAttempts { get; set; } = 3;

    /// <summary>When a batch is busy on another worker, how long a second job for it waits before looking again.</summary>
    public TimeSpan BusyBatchRecheck { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a worker that stopped answering (paused, cut off from PostgreSQL) keeps its batches before another
    /// worker may take them. A killed worker's batches are free at once; this only bounds the silent cases.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BatchLeaseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a running job looks for pause or cancel.</summary>
    public TimeSpan StatusCheckInterval { get; set; } = TimeSpan.FromSeconds(1);
}
