namespace FusionStudio.Engine.Exports;

public sealed class AggregateShape() : FlatExportShape<AggregateRow>(
[
    new("run_id", r => r.RunId),
    new("prompt_id", r => r.Prompt.PromptId),
    new("ordinal", r => r.Prompt.Ordinal),
    new("external_id", r => r.Prompt.ExternalId),
    new("language", r => r.Prompt.Language),
    new("task", r => r.Prompt.Task),
    new("method", r => ExportSlugs.Of(r.Aggregate.Method)),
    new("candidate_limit", r => r.Aggregate.CandidateLimit),
    new("text", r => r.Aggregate.Text),
    new("selected_candidate_id", r => r.Aggregate.SelectedCandidateId),
    new("source_candidate_ids", r => r.Aggregate.SourceCandidateIds),
    new("score", r => r.Aggregate.Score),
    new("input_tokens", r => r.Aggregate.Usage.InputTokens),
    new("output_tokens", r => r.Aggregate.Usage.OutputTokens),
    new("cost", r => r.Aggregate.Usage.Cost),
    new("latency_ms", r => r.Aggregate.Usage.LatencyMs),
    new("error", r => r.Aggregate.Error),
]);
