using System.Text.Json;
using FusionStudio.Domain.Text;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.FakeOpenAi.Wire;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi.Endpoints;

/// <summary>
/// <c>POST /v1/chat/completions</c>: reads the request, waits the latency, decides the fault, records the request,
/// then answers. The record is written before the answer, so a client that has its answer always finds it logged.
/// </summary>
internal static class ChatCompletionsEndpoint
{
    public static async Task HandleAsync(HttpContext context, FakeServerState state, IHostApplicationLifetime lifetime)
    {
        var record = new FakeRequestRecord
        {
            Sequence = state.NextSequence(),
            ReceivedAt = state.Time.GetUtcNow(),
            Kind = FakeRequestKind.Invalid,
            StatusCode = StatusCodes.Status400BadRequest,
            HasBearerToken = BearerToken.From(context.Request) is not null,
        };

        var body = await ReadBodyAsync(context);
        if (body is not { Model: { Length: > 0 } model, Messages: { Count: > 0 } wireMessages })
        {
            await RejectAsync(context, state, record, "The body must be JSON with a model and at least one message.");
            return;
        }

        var messages = wireMessages.Select(message => new SimulationMessage(message.Role ?? "user", message.Text())).ToList();
        var kind = FakeRequestKinds.From(SimulationRequestClassifier.Classify(messages));
        record = record with
        {
            Kind = kind,
            Model = model,
            Messages = messages,
            Seed = body.Seed,
            Temperature = body.Temperature,
            MaxTokens = body.MaxCompletionTokens ?? body.MaxTokens,
            Stream = body.Stream == true,
            IncludeUsage = body.StreamOptions?.IncludeUsage == true,
        };

        ModelDirectives directives;
        RequestBehaviour behaviour;
        var options = state.Options;
        try
        {
            directives = ModelDirectives.Parse(model);
            behaviour = RequestBehaviour.Resolve(context.Request.Headers, directives, options, messages);
        }
        catch (FormatException exception)
        {
            await RejectAsync(context, state, record, exception.Message);
            return;
        }

        record = record with { BaseModel = directives.BaseModel, LatencyMs = behaviour.LatencyMs };
        state.RequestedModels.TryAdd(directives.BaseModel, true);
        if (options.RequiredApiKey is { } requiredKey && BearerToken.From(context.Request) != requiredKey)
        {
            state.Log.Add(record with { StatusCode = StatusCodes.Status401Unauthorized });
            await FaultResponses.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_request_error", "invalid_api_key",
                "Incorrect API key provided.", context.RequestAborted);
            return;
        }

        // Waits end early when the client gives up or the server stops, so a held request never blocks shutdown.
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        FaultRule? fault;
        try
        {
            if (behaviour.LatencyMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(behaviour.LatencyMs), state.Time, abort.Token);
            }

            fault = behaviour.Fault is { } rule ? state.FaultCounters.Decide(rule, behaviour.FaultCounterKey, kind, options.FaultSeed) : null;
            record = record with { Fault = fault?.Kind };
            if (fault?.Kind == FaultKind.Timeout)
            {
                await Task.Delay(options.TimeoutHold, state.Time, abort.Token);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            state.Log.Add(record with { StatusCode = StatusCodes.Status499ClientClosedRequest, Aborted = true });
            return;
        }

        state.Log.Add(record with { StatusCode = FaultResponses.StatusFor(fault) });
        try
        {
            await AnswerAsync(context, state, record, directives.BaseModel, fault, abort.Token);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // The client left in the middle of the answer; the request is already recorded.
        }
    }

    private static Task AnswerAsync(
        HttpContext context, FakeServerState state, FakeRequestRecord record, string baseModel, FaultRule? fault, CancellationToken cancellationToken)
    {
        switch (fault?.Kind)
        {
            case FaultKind.RateLimit or FaultKind.ServerError or FaultKind.Timeout:
                return FaultResponses.WriteFaultErrorAsync(context, fault, cancellationToken);
            case FaultKind.Malformed:
                return FaultResponses.WriteMalformedAsync(context, record.Stream, cancellationToken);
        }

        var response = state.Responder.Respond(
            new SimulationRequest(baseModel, record.Messages, record.Seed, record.Temperature, record.MaxTokens));
        var content = fault?.Kind switch
        {
            FaultKind.Empty => string.Empty,
            FaultKind.JudgeGarbage => FaultResponses.JudgeGarbage(record.Kind),
            _ => response.Text,
        };
        var finishReason = fault is null ? response.FinishReason : SimulationResponse.FinishStop;
        var completionTokens = TokenEstimator.Estimate(content);
        var answer = new CompletedAnswer(
            $"chatcmpl-fake{record.Sequence:D6}",
            record.ReceivedAt.ToUnixTimeSeconds(),
            baseModel,
            content,
            finishReason,
            new WireUsage(response.PromptTokens, completionTokens, response.PromptTokens + completionTokens));
        return record.Stream
            ? ChatCompletionWriter.StreamAsync(context, answer, record.IncludeUsage, cancellationToken)
            : ChatCompletionWriter.WriteAsync(context, answer, cancellationToken);
    }

    private static async Task<ChatCompletionRequest?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(
                context.Request.Body, FakeOpenAiJson.Context.ChatCompletionRequest, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task RejectAsync(HttpContext context, FakeServerState state, FakeRequestRecord record, string message)
    {
        state.Log.Add(record with { StatusCode = StatusCodes.Status400BadRequest });
        return FaultResponses.WriteErrorAsync(
            context, StatusCodes.Status400BadRequest, "invalid_request_error", null, message, context.RequestAborted);
    }
}
