namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>Content is written even when null: the empty-content fault relies on it.</summary>
public sealed record ChatChoiceMessage(string Role, string? Content);
