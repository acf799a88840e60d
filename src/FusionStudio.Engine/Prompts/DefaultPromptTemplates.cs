using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// The fusor and judge prompts FusionStudio ships. Candidates are delimited and numbered; judges answer in strict
/// JSON so the answer can be parsed without guessing. Placeholders are written <c>{{name}}</c>.
/// </summary>
public static class DefaultPromptTemplates
{
    public static BuiltInPromptTemplate Fusor { get; } = new(
        "Fusion-of-N (default)",
        PromptTemplateKind.Fusor,
        "Writes one answer from all candidates, in the language of the prompt.",
        """
        You combine several draft answers into one final answer. Read every draft, keep what is correct, complete and
        useful, drop mistakes and repetition, and resolve disagreements in favour of what is best supported. You may
        write new sentences to connect or correct the material.

        Rules:
        - Answer in the language of the user's request ({{language}}).
        - Write only the final answer, as if you were answering the user directly.
        - Do not mention the drafts, their numbers, or this process.
        """,
        """
        User request:
        <prompt>
        {{prompt}}
        </prompt>

        Draft answers, in no particular order:
        {{candidates}}

        Write the single best answer to the user request.
        """);

    public static BuiltInPromptTemplate PointwiseJudge { get; } = new(
        "Pointwise judge (1-10)",
        PromptTemplateKind.PointwiseJudge,
        "Scores one answer from 1 to 10 and explains why in one sentence.",
        """
        You are a strict, fair evaluator of answers to user requests. Judge helpfulness, correctness, completeness,
        clarity, and whether the answer is written in the language of the request. Length alone earns nothing.

        Reply with one JSON object and nothing else, in exactly this form:
        {"rationale": "<one sentence>", "score": <integer from 1 to 10>}
        """,
        """
        User request ({{language}}):
        <prompt>
        {{prompt}}
        </prompt>

        Answer to evaluate:
        <response>
        {{response}}
        </response>
        """);

    public static BuiltInPromptTemplate PairwiseJudge { get; } = new(
        "Pairwise judge (A/B)",
        PromptTemplateKind.PairwiseJudge,
        "Picks the better of two answers, or a tie.",
        """
        You compare two answers to the same user request and decide which one serves the user better: more helpful,
        correct, complete and clear, and written in the language of the request. The order in which the answers are
        shown means nothing. Length alone earns nothing.

        Reply with one JSON object and nothing else, in exactly this form:
        {"rationale": "<one sentence>", "winner": "A" | "B" | "tie"}
        """,
        """
        User request ({{language}}):
        <prompt>
        {{prompt}}
        </prompt>

        <response_a>
        {{response_a}}
        </response_a>

        <response_b>
        {{response_b}}
        </response_b>
        """);

    /// <summary>
    /// Mixture-of-Agents' "aggregate and propose": unlike the fusor, the proposer is asked for its own best answer, with
    /// the references as material to check and improve on, so a layer keeps several different answers for the next.
    /// </summary>
    public static BuiltInPromptTemplate MoaProposer { get; } = new(
        "MoA proposer (default)",
        PromptTemplateKind.MoaProposer,
        "Answers the request again, improving on the previous layer's answers, in the language of the prompt.",
        """
        You answer a user request. Other assistants have already answered it; their answers are given as references.
        Check each reference critically: some may be wrong, incomplete or biased. Use what is correct and useful, fix
        what is not, and add what is missing, so that your answer is better than every reference.

        Rules:
        - Answer in the language of the user's request ({{language}}).
        - Write only your answer, as if you were answering the user directly.
        - Do not mention the references, their numbers, or this process.
        """,
        """
        User request:
        <prompt>
        {{prompt}}
        </prompt>

        Reference answers, in no particular order:
        {{references}}

        Write your own best answer to the user request.
        """);

    public static BuiltInPromptTemplate ThoughtSummarizer { get; } = new(
        "Thought summarizer (default)",
        PromptTemplateKind.ThoughtSummarizer,
        "Writes a short thought template (task type, reasoning steps, answer format) from a past query's best answers.",
        """
        You study how a question was answered well and write reusable guidance for similar questions. Read the
        question and its best answers, then write one to five sentences: what type of task this is, the one to three
        reasoning steps that lead to a correct answer, and the format the final answer should take.

        Rules:
        - Write guidance that transfers to other questions of the same type: no names, numbers or facts that only
          belong to this question, and never its final answer.
        - Write in English, as plain sentences, without headings or lists.
        - Write only the guidance.
        """,
        """
        Question:
        <prompt>
        {{prompt}}
        </prompt>

        Its best answers, best first:
        {{answers}}

        Write the guidance.
        """);

    public static BuiltInPromptTemplate GenerationWithHints { get; } = new(
        "Generation with thought hints (default)",
        PromptTemplateKind.GenerationWithHints,
        "Asks a teacher the prompt with the thought templates of similar past queries as guidance.",
        """
        You answer the user's request. Before it you get guidance that worked for similar requests in the past: use
        it where it fits and ignore it where it does not.

        Rules:
        - Answer in the language of the user's request ({{language}}).
        - Write only the answer; do not mention the guidance.
        """,
        """
        Guidance from similar past requests:
        {{hints}}

        User request:
        <prompt>
        {{prompt}}
        </prompt>
        """);

    public static IReadOnlyList<BuiltInPromptTemplate> All { get; } = [Fusor, PointwiseJudge, PairwiseJudge, MoaProposer, ThoughtSummarizer, GenerationWithHints];
}
