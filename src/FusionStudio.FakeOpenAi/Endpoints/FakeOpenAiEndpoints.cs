
namespace FusionStudio.FakeOpenAi.Endpoints;

internal static class FakeOpenAiEndpoints
{
    public static IEndpointRouteBuilder MapFakeOpenAi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/chat/completions", ChatCompletionsEndpoint.HandleAsync);
        endpoints.MapGet("/v1/models", ModelsEndpoint.HandleAsync);
        endpoints.MapPost("/v1/embeddings", EmbeddingsEndpoint.HandleAsync);

        var control = endpoints.MapGroup("/_fake");
        control.MapGet("/requests", ControlEndpoints.GetRequests);
        control.MapDelete("/requests", ControlEndpoints.ClearRequests);
        control.MapGet("/config", ControlEndpoints.GetConfig);
        control.MapPost("/config", ControlEndpoints.SetConfigAsync);
        return endpoints;
    }
}
