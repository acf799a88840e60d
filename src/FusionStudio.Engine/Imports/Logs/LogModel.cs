namespace FusionStudio.Engine.Imports.Logs;

/// <summary>A model named in a log: how many records it has and the most answers it gave to one query.</summary>
public sealed record LogModel(string Name, int Records, int MaxSamples);
