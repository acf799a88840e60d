namespace FusionStudio.Domain.Runs;

/// <summary>A pairwise judge's verdict in the terms of the pair (A, B), whatever order they were shown in.</summary>
public enum PairVerdict
{
    A = 0,
    B = 1,
    Tie = 2,
}
