namespace FusionStudio.Engine.Judging;

/// <summary>A pointwise judge's parsed answer: a score from 1 to 10 (decimals kept) and its rationale, if given.</summary>
public sealed record PointwiseVerdict(double Score, string? Rationale);
