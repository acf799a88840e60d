namespace FusionStudio.Web.Exports;

/// <summary>What the export page offers for one run: its languages and tasks, and whether people reviewed it.</summary>
public sealed record RunExportOptions(int RunId, string Name, IReadOnlyList<string> Languages, IReadOnlyList<string> Tasks, int ReviewCount);
