namespace FusionStudio.Engine.Exports;

/// <summary>The verdict is said as the preferred method's slug, <c>tie</c> or <c>both-bad</c>.</summary>
public sealed class ReviewShape() : FlatExportShape<ReviewRow>(
[
    new("run_id", r => r.RunId),
    new("prompt_id", r => r.Prompt.PromptId),
    new("ordinal", r => r.Prompt.Ordinal),
    new("language", r => r.Prompt.Language),
    new("task", r => r.Prompt.Task),
    new("method_a", r => ExportSlugs.Of(r.Review.MethodA)),
    new("method_b", r => ExportSlugs.Of(r.Review.MethodB)),
    new("reviewer", r => r.Review.Reviewer),
    new("verdict", r => ExportSlugs.Of(r.Review.Verdict, r.Review.MethodA, r.Review.MethodB)),
    new("a_shown_left", r => r.Review.AShownLeft),
    new("comment", r => r.Review.Comment),
    new("created_at", r => r.Review.CreatedAt),
]);
