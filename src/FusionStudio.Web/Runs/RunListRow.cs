using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

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
    DateTimeOffset? FinishedAt,
    string? DatasetName = null,
    string? PoolName = null,
    string? Note = null)
{
    /// <summary>The first pair the run's report shows.</summary>
    public MethodPair HeadlinePair { get; init; } = MethodPair.FusionVersusBestOfN;

    /// <summary>The judge's win rate of <see cref="HeadlinePair"/>'s method A, with its interval; empty before any verdict.</summary>
    public WinRateEstimate Headline { get; init; } = WinRateEstimate.Empty;

    /// <summary>Whether the run's name, dataset or pool contains <paramref name="text"/> (any case); empty text matches all.</summary>
    public bool Matches(string? text)
    {
        var wanted = text?.Trim() ?? "";
        return wanted.Length == 0
            || new[] { Name, DatasetName, PoolName, Note }.Any(field => field?.Contains(wanted, StringComparison.CurrentCultureIgnoreCase) == true);
    }

    /// <summary>How long it has run: until it finished, or until now while it is still going.</summary>
    public TimeSpan? Duration(DateTimeOffset now) => StartedAt is { } started ? (FinishedAt ?? now) - started : null;

    public double Percent => PromptCount == 0 ? 0 : 100.0 * (PromptsDone + PromptsFailed) / PromptCount;

    public TimeSpan? Eta(DateTimeOffset now) =>
        Status == RunStatus.Running ? RunEta.Remaining(StartedAt, PromptsDone + PromptsFailed, PromptCount, now) : null;
}
