using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

public sealed record RunListRow(
    int Id,
    string Name,
    RunStatus Status,
    int PromptCount,
    int PromptsDone,
    int PromptsFailed,
    decimal Cost,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public double Percent => PromptCount == 0 ? 0 : 100.0 * (PromptsDone + PromptsFailed) / PromptCount;

    public TimeSpan? Eta(DateTimeOffset now) =>
        Status == RunStatus.Running ? RunEta.Remaining(StartedAt, PromptsDone + PromptsFailed, PromptCount, now) : null;
}
