using FusionStudio.Engine.Imports.Logs;

namespace FusionStudio.Web.LogImports;

/// <summary>
/// The new run's id, or why nothing was imported: problems of the file (by line and field) and of the chosen
/// methods and models (by <see cref="Runs.RunPlan"/> property, as the new-run form shows them).
/// </summary>
public sealed record LogImportResult(int? RunId, IReadOnlyList<LogImportError> FileErrors, IReadOnlyDictionary<string, string> PlanErrors)
{
    public bool Succeeded => RunId is not null;

    public static LogImportResult Imported(int runId) => new(runId, [], new Dictionary<string, string>());

    public static LogImportResult InvalidFile(IReadOnlyList<LogImportError> errors) => new(null, errors, new Dictionary<string, string>());

    public static LogImportResult InvalidPlan(IReadOnlyDictionary<string, string> errors) => new(null, [], errors);
}
