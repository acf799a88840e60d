namespace FusionStudio.Web.Library;

/// <summary>A provider as a select offers it.</summary>
public sealed record ProviderOption(int Id, string Name, bool Simulated);
