namespace FusionStudio.Web.Runs;

/// <summary>How the run's router ranked the teachers for one prompt (best first), or why it could not.</summary>
public sealed record RouteDetail(string Router, IReadOnlyList<string> Ranked, int TopK, string? Error);
