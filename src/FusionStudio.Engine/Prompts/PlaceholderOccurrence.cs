namespace FusionStudio.Engine.Prompts;

/// <summary>One <c>{{name}}</c> in a template text: its trimmed name and the span it covers, braces included.</summary>
public sealed record PlaceholderOccurrence(string Name, int Start, int Length);
