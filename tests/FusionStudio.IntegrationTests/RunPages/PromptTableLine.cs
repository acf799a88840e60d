using FusionStudio.Domain.Runs;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>One prompt of the table: its score and its verdict.</summary>
public sealed record PromptTableLine(int Ordinal, double? Score, PairVerdict? Verdict);
