using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;

namespace FusionStudio.UnitTests.Exports;

/// <summary>Small fixed rows with the texts that break naive writers: quotes, commas, line breaks, Arabic, Chinese.</summary>
internal static class ExportSamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public static ExportPrompt Arabic { get; } = new(101, 0, "q-1", "ما هي عاصمة \"مصر\"؟", [], "ar", "qa");

    public static ExportPrompt Chinese { get; } = new(102, 1, null, "解释一下,量子\n纠缠", [new PromptMessage(ChatRole.System, "Answer briefly."), new PromptMessage(ChatRole.User, "解释一下,量子\n纠缠")], "zh", "explanation");

    public static ExportUsage Usage(int input = 12, int output = 30) => new(input, output, 0.0042m, 850, "stop", false);

    public static ExportCandidate Candidate(long id, ExportPrompt prompt, int position, string? text, double? score, string? error = null) =>
        new(id, prompt.PromptId, $"teacher-{position}", $"model-{position}", position, 0, text, error, Usage(), score, score is null ? null : "clear, \"correct\"", null);

    public static ExportAggregate Aggregate(long id, ExportPrompt prompt, AggregationMethod method, string? text, long? selected, IReadOnlyList<long> sources, double? score) =>
        new(id, prompt.PromptId, method, 4, text, selected, sources, score, Usage(100, 60), null);

    public static ExportReview ReviewOf(long id, ExportPrompt prompt, HumanVerdict verdict, string reviewer = "Lina") =>
        new(id, prompt.PromptId, AggregationMethod.FusionOfN, AggregationMethod.BestOfN, reviewer, verdict, true, "better, \"clearer\"", At.AddMinutes(id));
}
