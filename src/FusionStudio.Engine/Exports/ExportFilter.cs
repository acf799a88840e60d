using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// Narrows an export. Language, task and human verdict keep or drop whole prompts; method and minimum score apply
/// to the rows of the kinds where they mean something (see <see cref="ExportKindInfo"/>).
/// </summary>
public sealed record ExportFilter
{
    public static ExportFilter None { get; } = new();

    public AggregationMethod? Method { get; init; }

    public string? Language { get; init; }

    public string? Task { get; init; }

    /// <summary>The lowest judge score a row's answer may have; rows without a score are dropped when set.</summary>
    public double? MinScore { get; init; }

    public ExportHumanFilter Human { get; init; }

    /// <summary>For the kinds whose rows are one method's answer (aggregates, SFT, preference pairs' chosen answer).</summary>
    public ExportJudgeFilter Judge { get; init; }

    /// <summary>Leave out answers the answer-language check flags (their script does not fit the prompt's language).</summary>
    public bool RightLanguageOnly { get; init; }

    public bool Passes(double? score) => MinScore is not { } min || score >= min;

    public bool PassesLanguage(string? answer, string language) => !RightLanguageOnly || !AnswerLanguageCheck.IsWrong(answer, language);
}
