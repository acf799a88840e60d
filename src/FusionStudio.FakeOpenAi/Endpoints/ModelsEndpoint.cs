using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.FakeOpenAi.Wire;

namespace FusionStudio.FakeOpenAi.Endpoints;

/// <summary><c>GET /v1/models</c>: the configured models, then any other model requested so far.</summary>
internal static class ModelsEndpoint
{
    private const long ListedSince = 1_735_689_600; // 2025-01-01, a fixed date keeps the list reproducible

    public static async Task HandleAsync(HttpContext context, FakeServerState state)
    {
        var hasBearer = BearerToken.From(context.Request) is not null;
        if (state.Options.RequiredApiKey is { } requiredKey && BearerToken.From(context.Request) != requiredKey)
        {
            state.Log.Add(new FakeRequestRecord
            {
                Sequence = state.NextSequence(),
                ReceivedAt = state.Time.GetUtcNow(),
                Kind = FakeRequestKind.Models,
                StatusCode = StatusCodes.Status401Unauthorized,
                HasBearerToken = hasBearer,
            });
            await FaultResponses.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_request_error", "invalid_api_key",
                "Incorrect API key provided.", context.RequestAborted);
            return;
        }

        var names = state.Options.Models
            .Concat(state.RequestedModels.Keys.Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        var list = new ModelList("list", names.Select(name => new ModelEntry(name, "model", ListedSince, "fusionstudio-fake")).ToList());
        state.Log.Add(new FakeRequestRecord
        {
            Sequence = state.NextSequence(),
            ReceivedAt = state.Time.GetUtcNow(),
            Kind = FakeRequestKind.Models,
            StatusCode = StatusCodes.Status200OK,
            HasBearerToken = hasBearer,
        });
        await context.Response.WriteAsJsonAsync(list, FakeOpenAiJson.Context.ModelList, contentType: null, context.RequestAborted);
    }
}
