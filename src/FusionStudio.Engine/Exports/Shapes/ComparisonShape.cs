namespace FusionStudio.Engine.Exports;

/// <summary>Verdicts are said as the winning method's slug, or <c>tie</c>.</summary>
public sealed class ComparisonShape() : FlatExportShape<ComparisonRow>(
[
    new("run_id", r => r.RunId),
    new("prompt_id", r => r.Prompt.PromptId),
    new("ordinal", r => r.Prompt.Ordinal),
    new("language", r => r.Prompt.Language),
    new("task", r => r.Prompt.Task),
    new("method_a", r => ExportSlugs.Of(r.Comparison.MethodA)),
    new("method_b", r => ExportSlugs.Of(r.Comparison.MethodB)),
    new("verdict_a_first", r => ExportSlugs.Of(r.Comparison.VerdictAFirst, r.Comparison.MethodA, r.Comparison.MethodB)),
    new("verdict_b_first", r => ExportSlugs.Of(r.Comparison.VerdictBFirst, r.Comparison.MethodA, r.Comparison.MethodB)),
    new("final", r => ExportSlugs.Of(r.Comparison.Final, r.Comparison.MethodA, r.Comparison.MethodB)),
    new("error", r => r.Comparison.Error),
    new("cost", r => r.Comparison.Cost),
    new("created_at", r => r.Comparison.CreatedAt),
]);
