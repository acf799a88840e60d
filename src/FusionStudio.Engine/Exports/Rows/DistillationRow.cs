namespace FusionStudio.Engine.Exports;

/// <summary>
/// One fine-tuning example of the distillation export: a prompt with one of its top-K answers (rank 1 is the best),
/// or with its reference answer (source <c>reference</c>, no rank).
/// </summary>
public sealed record DistillationRow(int RunId, ExportPrompt Prompt, ExportAnswer Answer, int? Rank, string? Model, double? Performance, double? JudgeScore)
{
    public const string ReferenceSource = "reference";
}
