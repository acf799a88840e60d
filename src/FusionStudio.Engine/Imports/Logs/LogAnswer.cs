namespace FusionStudio.Engine.Imports.Logs;

/// <summary>A record placed in its query: the nth answer of its model to that query is sample n (from 0).</summary>
public sealed record LogAnswer(LogRecord Record, int SampleIndex);
