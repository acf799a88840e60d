namespace FusionStudio.Domain.Runs;

/// <summary>
/// Stages only move forward: a worker that lost its batch and wakes up late must not write an earlier stage over the
/// new owner's, or a finished prompt would look unfinished for good.
/// </summary>
public static class PromptStageMoves
{
    /// <summary>The stages a prompt may move to <paramref name="stage"/> from (stages are stored by name, so a list, not a comparison).</summary>
    public static List<PromptStage> From(PromptStage stage) =>
        Enum.GetValues<PromptStage>().Where(s => s < stage && s < PromptStage.Done).ToList();
}
