namespace FusionStudio.Web.Recipes;

/// <summary>One UTC day of a recipe's served traffic: requests, latency, how many failed or fell back, and cost.</summary>
public sealed record RecipeDay(DateOnly Day, int Requests, int LatencyP50Ms, int LatencyP95Ms, double ErrorRate, double FallbackRate, decimal Cost);
