namespace FusionStudio.Engine.Routing;

/// <summary>A training query of a kNN router: its task, unit vector, and each model's normalised performance and cost.</summary>
public sealed record KnnPoint(string Task, float[] Vector, double[] Performance, double[] Cost);
