namespace FusionStudio.Engine.Analysis;

/// <summary>How many answers got one score: scores are grouped in SQL, so only distinct values travel.</summary>
public readonly record struct ScoreCount(double Score, int Count);
