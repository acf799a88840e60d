namespace FusionStudio.Domain.Prompts;

public enum PromptTemplateKind
{
    /// <summary>Writes one answer from the prompt and all candidates.</summary>
    Fusor = 0,

    /// <summary>Scores one answer on its own.</summary>
    PointwiseJudge = 1,

    /// <summary>Chooses between answer A and answer B.</summary>
    PairwiseJudge = 2,

    /// <summary>A Mixture-of-Agents proposer: answers the prompt again with the previous layer's answers as references.</summary>
    MoaProposer = 3,
    /// <summary>Writes a thought template (task type, reasoning steps, answer format) from a past query's best answers.</summary>
    ThoughtSummarizer = 10,

    /// <summary>A teacher's generation request with the thought templates of similar past queries as hints.</summary>
    GenerationWithHints = 11,
}
