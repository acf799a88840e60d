using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;

namespace FusionStudio.Jobs.Scaling;

/// <summary>Whether a run can get FusioN@k points: it must fuse, have a judge, and its prompts must have stopped moving.</summary>
public static class ScalingReadiness
{
    /// <param name="whileRunning">
    /// True for a batch job: it only takes prompts that are done, so a run may still be advancing its others.
    /// </param>
    public static string? Problem(RunContext run, bool whileRunning = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Problem(
            run.Fuses && run.Fusor is not null && run.FusorTemplate is not null,
            run.Judge is not null && run.PointwiseTemplate is not null,
            run.CandidatesPerPrompt,
            whileRunning ? null : run.Run.Status);
    }

    public static string? Problem(bool hasFusor, bool hasPointwiseJudge, int candidatesPerPrompt, RunStatus? status)
    {
        if (!hasFusor)
        {
            return "The run has no Fusion-of-N fusor, so there is nothing to fuse from fewer candidates.";
        }

        if (!hasPointwiseJudge)
        {
            return "The run has no pointwise judge to score FusioN@k answers with.";
        }

        if (candidatesPerPrompt < 2)
        {
            return "The run has one candidate per prompt: there is no smaller k.";
        }

        return status is RunStatus.Queued or RunStatus.Running
            ? "Wait until the run has finished (or pause it): its candidates are still being made."
            : null;
    }
}
