namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>One judge question's outcome: the parsed verdict (or why there is none), the last raw answer, and every call it took.</summary>
public sealed record JudgeAnswer<TVerdict>(TVerdict? Verdict, string? RawAnswer, string? Error, IReadOnlyList<ModelCall> Calls)
    where TVerdict : class
{
    public int Attempts => Calls.Count;
}
