namespace FusionStudio.Web.Reports;

/// <summary>A run offered in the comparison's pickers.</summary>
public sealed record RunChoice(int Id, string Name, DateTimeOffset CreatedAt);
