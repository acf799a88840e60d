namespace FusionStudio.Engine.Exports;

/// <summary>A candidate with its teacher's name and model (never the provider) and the run's judge score.</summary>
public sealed record ExportCandidate(
    long Id,
    long PromptId,
    string TeacherName,
    string TeacherModel,
    int TeacherPosition,
    int SampleIndex,
    string? Text,
    string? Error,
    ExportUsage Usage,
    double? JudgeScore,
    string? JudgeRationale,
    double? ImportedScore);
