namespace FusionStudio.Web.Runs;

/// <summary>Failed calls of one step with the same reason (numbers and ids left out).</summary>
public sealed record RunErrorGroup(string Step, string Reason, int Count);
