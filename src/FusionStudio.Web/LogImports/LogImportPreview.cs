using FusionStudio.Engine.Imports.Logs;

namespace FusionStudio.Web.LogImports;

/// <summary>What a log file would import, or why it cannot be: shown before anything is stored.</summary>
public sealed record LogImportPreview(
    string FileName,
    LogFileFormat? Format,
    LogContent Content,
    IReadOnlyList<LogImportError> Errors,
    int ErrorCount)
{
    public bool CanImport => ErrorCount == 0 && Content.RecordCount > 0;

    public int QueryCount => Content.Queries.Count;

    public int RecordCount => Content.RecordCount;

    public IReadOnlyList<LogModel> Models => Content.Models;

    public IReadOnlyList<(string Name, int Queries)> Languages => CountBy(q => q.Language ?? LogImportDefaults.Language);

    public IReadOnlyList<(string Name, int Queries)> Tasks => CountBy(q => q.Task ?? LogImportDefaults.Task);

    public int ChatQueries => Content.Queries.Count(q => q.Messages.Count > 0);

    /// <summary>Records that give no cost: they cost their tokens at the price entered for their model.</summary>
    public int RecordsWithoutCost => Content.Queries.Sum(q => q.Answers.Count(a => a.Record.Cost is null));

    public int RecordsWithScore => Content.Queries.Sum(q => q.Answers.Count(a => a.Record.Score is not null));

    /// <summary>(query, model) pairs the log has no answer for: they stay empty, as nothing is generated.</summary>
    public int MissingAnswers => Content.Queries.Sum(q => Content.Models.Count - q.Answers.Select(a => a.Record.Model).Distinct(StringComparer.Ordinal).Count());

    public static LogImportPreview Failed(string fileName, LogFileFormat? format, string message) =>
        new(fileName, format, LogContent.Empty, [new LogImportError(0, null, message)], 1);

    private List<(string Name, int Queries)> CountBy(Func<LogQuery, string> key) =>
        Content.Queries.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}
