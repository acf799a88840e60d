namespace FusionStudio.Engine.Exports;

/// <summary>What an export of a run holds, one row per item named here.</summary>
public enum ExportKind
{
    /// <summary>One row per candidate, with its teacher, usage, judge score and which methods chose it.</summary>
    FullLog = 0,

    /// <summary>One row per prompt and method: the method's answer, where it came from, its score and cost.</summary>
    Aggregates = 1,

    /// <summary>One row per prompt and method pair: the pairwise judge's verdicts in both orders and the final one.</summary>
    Comparisons = 2,

    /// <summary>One row per blind human review, in the terms of the methods compared.</summary>
    Reviews = 3,

    /// <summary>Chat fine-tuning rows: the prompt's conversation followed by the chosen answer.</summary>
    Sft = 4,

    /// <summary>Preference pairs (prompt, chosen, rejected) for preference tuning.</summary>
    PreferencePairs = 5,

    /// <summary>Chat fine-tuning rows: the top-K candidate answers of each prompt by score, optionally with its reference answer.</summary>
    Distillation = 6,
}
