using System.Globalization;
using System.Text.Json;
using FusionStudio.Domain.Recipes;
using FusionStudio.Engine.Serving;
using FusionStudio.Jobs.Serving;
using FusionStudio.Web.Serving.Wire;

namespace FusionStudio.Web.Serving;

/// <summary>
/// <c>POST /v1/chat/completions</c>: answers with the recipe named as the model, as a whole <c>chat.completion</c>
/// or streamed, then queues the request to be stored as a prompt of the recipe version's live run. A recipe over its daily budget
/// or its concurrent requests answers 429 with <c>Retry-After</c>; every error is in OpenAI's error shape.
/// </summary>
internal sealed class ChatCompletionsEndpoint(
    ServingPlanLoader plans,
    RecipeServer server,
    RecipeRouter router,
    RecipeGate gate,
    ServingBudget budget,
    LiveTrafficWriter traffic,
    ServingMetrics metrics,
    TimeProvider clock)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = clock.GetTimestamp();
        var startedAt = clock.GetUtcNow();
        var aborted = context.RequestAborted;
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: aborted);
        }
        catch (JsonException exception)
        {
            await ServingError.Invalid($"The request body is not valid JSON: {exception.Message}", null).WriteAsync(context);
            return;
        }

        ServedChatRequest request;
        using (body)
        {
            var (read, error) = ChatRequestReader.Read(body.RootElement, context.Request.Headers);
            if (error is not null)
            {
                await error.WriteAsync(context);
                return;
            }

            request = read!;
        }

        var plan = await plans.LoadAsync(request.Model, aborted);
        if (plan is null)
        {
            await new ServingError(StatusCodes.Status404NotFound, new OpenAiErrorDetail(
                $"The model '{request.Model}' does not exist: no recipe has that name (GET /v1/models lists them).", "invalid_request_error", "model", "model_not_found"))
                .WriteAsync(context);
            return;
        }

        if (await budget.ExhaustedAsync(plan, aborted) is { } renews)
        {
            metrics.Rejected(plan.RecipeName, "budget");
            await TooManyAsync(context, renews, $"The recipe '{plan.RecipeName}' has spent its daily budget of {plan.Limits.DailyBudget?.ToString(CultureInfo.InvariantCulture)}; it renews at midnight UTC.", "budget_exceeded");
            return;
        }

        using var lease = gate.TryEnter(plan.RecipeName, plan.Limits.MaxConcurrentRequests);
        if (lease is null)
        {
            metrics.Rejected(plan.RecipeName, "concurrency");
            await TooManyAsync(context, TimeSpan.FromSeconds(1), $"The recipe '{plan.RecipeName}' is answering its limit of {plan.Limits.MaxConcurrentRequests} requests at once; try again shortly.", "concurrency_limit_exceeded");
            return;
        }

        var id = "chatcmpl-" + Guid.NewGuid().ToString("N");
        var created = startedAt.ToUnixTimeSeconds();
        var stream = request.Stream ? new ServedStream(context.Response, id, created, plan.RecipeName) : null;
        ServedAnswer answer;
        ServedOutcome outcome;
        var (routed, route) = await router.RouteAsync(plan, request.Messages, aborted);
        try
        {
            answer = await server.ServeAsync(routed, request.Messages, stream is null ? null : stream.DeltaAsync, aborted);
            outcome = answer.Fallback is null ? ServedOutcome.Answered : ServedOutcome.Fallback;
        }
        catch (ServingFailedException failed)
        {
            answer = failed.Partial with { Fallback = failed.Message };
            outcome = ServedOutcome.Failed;
        }

        var latency = clock.GetElapsedTime(started);
        if (outcome == ServedOutcome.Failed)
        {
            var error = new OpenAiErrorDetail($"The recipe '{plan.RecipeName}' could not answer: {answer.Fallback}", "server_error", null, "upstream_failed");
            if (stream is { Started: true })
            {
                await stream.FailAsync(error, aborted);
            }
            else
            {
                await new ServingError(StatusCodes.Status502BadGateway, error).WriteAsync(context);
            }
        }
        else
        {
            var details = request.WantsDetails ? ServedAnswerWire.Details(plan, answer) : null;
            if (stream is not null)
            {
                await stream.FinishAsync(ServedAnswerWire.FinishReason(answer), request.IncludeUsage ? ServedAnswerWire.Usage(answer) : null, details, aborted);
            }
            else
            {
                await WholeAsync(context, new ChatCompletion(
                    id, "chat.completion", created, plan.RecipeName,
                    [new ChatChoice(0, new ChatMessage("assistant", answer.Text), ServedAnswerWire.FinishReason(answer))],
                    ServedAnswerWire.Usage(answer), details));
            }
        }

        lease.Dispose();
        metrics.Served(plan.RecipeName, outcome, latency, ServedAnswerWire.Cost(answer));
        await traffic.EnqueueAsync(new ServedExchange(plan, request.Messages, answer, outcome, startedAt, latency, request.Stream) { Route = route });
    }

    /// <summary>With its length set, the client has the whole answer as soon as it is written.</summary>
    private static async Task WholeAsync(HttpContext context, ChatCompletion completion)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(completion, ServingJson.Options);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static Task TooManyAsync(HttpContext context, TimeSpan retryAfter, string message, string code)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ServingError(StatusCodes.Status429TooManyRequests, new OpenAiErrorDetail(message, "rate_limit_error", null, code)).WriteAsync(context);
    }
}
