namespace FusionStudio.Engine.Methods;

/// <summary>A selector's choice: the candidate taken (null when none could be) and why, for the run report.</summary>
public sealed record SelectionResult(long? CandidateId, string? Reason)
{
    public bool IsSelected => CandidateId is not null;

    public static SelectionResult Selected(long candidateId, string reason) => new(candidateId, reason);

    public static SelectionResult None(string reason) => new(null, reason);
}
