namespace FusionStudio.Engine.Gateway;

/// <summary>A message as the call log stores it.</summary>
public sealed record WireMessage(string Role, string Content);
