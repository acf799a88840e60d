namespace FusionStudio.Jobs.Routing;

/// <summary>What a router reads of a prompt: its text and task.</summary>
public sealed record RoutingInput(string Text, string Task);
