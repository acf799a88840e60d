using System.Globalization;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Text;

namespace FusionStudio.Simulation;

/// <summary>
/// The simulated model: a deterministic answer for any chat. Plain questions get an answer in the model's style and
/// the question's language; fusion and judge requests (see <see cref="PromptProtocol"/>) get a fusion of the
/// candidates or a JSON verdict. Same request, same answer; a different seed at a temperature above 0 gives
/// another sample.
/// </summary>
public sealed class SyntheticChatResponder
{
    public SimulationResponse Respond(SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = TaggedBlocks.JoinContents(request.Messages);
        var kind = SimulationRequestClassifier.Classify(text);
        var answer = kind switch
        {
            SimulationRequestKind.Fusion => FusionAnswerComposer.Compose(TaggedBlocks.Candidates(text)),
            SimulationRequestKind.MoaProposer => ProposerAnswer(request, text),
            SimulationRequestKind.PointwiseJudge => JudgeAnswerComposer.Pointwise(request.Model, TaggedBlocks.Find(text, "response") ?? ""),
            SimulationRequestKind.PairwiseJudge => JudgeAnswerComposer.Pairwise(
                request.Model, TaggedBlocks.Find(text, "response_a") ?? "", TaggedBlocks.Find(text, "response_b") ?? ""),
            SimulationRequestKind.ThoughtSummary => ThoughtTemplateComposer.Compose(
                TaggedBlocks.Find(text, "prompt") ?? "", TaggedBlocks.Numbered(text, PromptProtocol.PastAnswerTag)),
            _ => PlainAnswer(request),
        };

        var finishReason = SimulationResponse.FinishStop;
        if (request.MaxTokens is { } maxTokens && TokenEstimator.Estimate(answer) > maxTokens)
        {
            answer = TokenEstimator.Truncate(answer, maxTokens);
            finishReason = SimulationResponse.FinishLength;
        }

        var promptTokens = TokenEstimator.EstimatePrompt(request.Messages.Select(message => message.Content));
        return new SimulationResponse(kind, answer, finishReason, promptTokens, TokenEstimator.Estimate(answer));
    }

    private static string PlainAnswer(SimulationRequest request)
    {
        var question = request.Messages.LastOrDefault(message => message.Role == "user")?.Content
            ?? request.Messages.LastOrDefault()?.Content
            ?? "";
        return PlainAnswer(request, question);
    }

    private static string PlainAnswer(SimulationRequest request, string question) =>
        PlainAnswerComposer.Compose(AnswerStyles.ForModel(request.Model), question, Variant(request, question));

    /// <summary>
    /// Aggregate and propose: the model's own answer to the prompt, merged with the references the way a fusor merges
    /// candidates, so each teacher of a layer answers differently but takes up what the previous layer agreed on.
    /// </summary>
    private static string ProposerAnswer(SimulationRequest request, string text) =>
        FusionAnswerComposer.Compose([PlainAnswer(request, TaggedBlocks.Find(text, "prompt") ?? ""), .. TaggedBlocks.References(text)]);

    /// <summary>At temperature 0 every seed gives the same variant; above it the seed shifts the variant by one per step.</summary>
    private static ulong Variant(SimulationRequest request, string question)
    {
        var temperature = request.Temperature ?? 1.0;
        if (temperature <= 0)
        {
            return StableHash.Of(request.Model, question, "greedy");
        }

        var bucket = Math.Round(temperature, 1).ToString("0.0", CultureInfo.InvariantCulture);
        return StableHash.Of(request.Model, question, bucket) + (ulong)(request.Seed ?? 0);
    }
}
