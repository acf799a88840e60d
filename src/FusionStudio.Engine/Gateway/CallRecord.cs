using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Gateway;

/// <summary>Turns a finished call into its call-log row: what was asked, of whom, for what, and how it ended.</summary>
internal static class CallRecord
{
    public static ModelCall Of(ModelCallRequest request, ModelCallResult result, DateTimeOffset startedAt, DateTimeOffset finishedAt) => new()
    {
        Purpose = request.Purpose,
        RunId = request.Origin.RunId,
        PromptId = request.Origin.PromptId,
        TeacherId = request.Origin.TeacherId,
        TemplateVersionId = request.Origin.TemplateVersionId,
        ProviderId = request.Provider.ProviderId,
        Model = request.Model,
        SampleIndex = request.SampleIndex,
        Attempts = result.Attempts,
        Usage = new ModelCallUsage
        {
            InputTokens = result.Usage.InputTokens,
            OutputTokens = result.Usage.OutputTokens,
            LatencyMs = result.Usage.LatencyMs,
            Cost = result.Usage.Cost,
            FinishReason = result.Usage.FinishReason,
            CacheHit = result.Usage.CacheHit,
        },
        ErrorKind = result.FailureKind,
        Error = result.FailureReason,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        Request = CallBodyCodec.EncodeMessages(request.Messages),
        Response = CallBodyCodec.EncodeText(result.Text),
    };
}
