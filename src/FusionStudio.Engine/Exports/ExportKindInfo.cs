namespace FusionStudio.Engine.Exports;

/// <summary>What each export kind is, in one line, and which filters apply to its rows.</summary>
public static class ExportKindInfo
{
    public static string Describe(ExportKind kind) => kind switch
    {
        ExportKind.FullLog => "Every candidate answer with its teacher, tokens, cost, latency, judge score and the methods that chose it.",
        ExportKind.Aggregates => "Each method's final answer per prompt, with the candidates it came from, its score and cost.",
        ExportKind.Comparisons => "The pairwise judge's verdicts per prompt and method pair, in both orders, and the final verdict.",
        ExportKind.Reviews => "Every blind human review: who, which method they preferred, their comment and when.",
        ExportKind.Sft => "Chat fine-tuning rows: the prompt's messages followed by the chosen answer as the assistant turn.",
        ExportKind.PreferencePairs => "Preference-tuning rows: the prompt with a chosen and a rejected answer.",
        ExportKind.Distillation => "Chat fine-tuning rows: each prompt's top-K candidate answers by score (stopping at the first scored 0), optionally with its reference answer.",
        _ => kind.ToString(),
    };

    /// <summary>Whether the method filter narrows this kind's rows (the answer rules decide it for SFT and pairs).</summary>
    public static bool UsesMethodFilter(ExportKind kind) =>
        kind is ExportKind.FullLog or ExportKind.Aggregates or ExportKind.Comparisons or ExportKind.Reviews;

    /// <summary>Whether rows of this kind are one method's answer, which the judge's verdicts on that method can keep or drop.</summary>
    public static bool UsesJudgeFilter(ExportKind kind) =>
        kind is ExportKind.Aggregates or ExportKind.Sft or ExportKind.PreferencePairs;

    /// <summary>Whether rows of this kind carry a judge score that a minimum can apply to.</summary>
    public static bool UsesMinScore(ExportKind kind) =>
        kind is ExportKind.FullLog or ExportKind.Aggregates or ExportKind.Sft or ExportKind.PreferencePairs;
}
