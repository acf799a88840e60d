namespace FusionStudio.Engine.Imports.Logs;

/// <summary>What a log file holds once read and checked: its queries with their answers, and its models.</summary>
public sealed record LogContent(IReadOnlyList<LogQuery> Queries, IReadOnlyList<LogModel> Models, int RecordCount)
{
    public static LogContent Empty { get; } = new([], [], 0);
}
