namespace FusionStudio.Engine.Routing;

/// <summary>One logged answer as routers read it: its query, model, performance in [0, 1] (null: unscored) and cost.</summary>
public sealed record LoggedAnswer(string QueryKey, string Task, string Text, string Model, double? Performance, double Cost);
