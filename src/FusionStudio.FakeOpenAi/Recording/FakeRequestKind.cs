using System.Text.Json.Serialization;
using FusionStudio.Domain.Prompts;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi.Recording;

/// <summary>What a recorded request was; chat completions are told apart by the <see cref="PromptProtocol"/> tags.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FakeRequestKind>))]
public enum FakeRequestKind
{
    [JsonStringEnumMemberName("chat")]
    Chat = 0,

    [JsonStringEnumMemberName("fusion")]
    Fusion = 1,

    [JsonStringEnumMemberName("pointwise-judge")]
    PointwiseJudge = 2,

    [JsonStringEnumMemberName("pairwise-judge")]
    PairwiseJudge = 3,

    [JsonStringEnumMemberName("models")]
    Models = 4,

    /// <summary>A chat completion whose body could not be read.</summary>
    [JsonStringEnumMemberName("invalid")]
    Invalid = 5,

    /// <summary>A <c>/v1/embeddings</c> request; its inputs are recorded as user messages.</summary>
    [JsonStringEnumMemberName("embeddings")]
    Embeddings = 6,

    /// <summary>A Mixture-of-Agents proposer request: the prompt with the previous layer's answers as references.</summary>
    [JsonStringEnumMemberName("moa-proposer")]
    MoaProposer = 7,
    /// <summary>A thought summarizer's request (a question and its best past answers in numbered blocks).</summary>
    [JsonStringEnumMemberName("thought-summary")]
    ThoughtSummary = 10,
}
