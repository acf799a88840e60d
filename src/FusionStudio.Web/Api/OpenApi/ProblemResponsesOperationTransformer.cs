using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FusionStudio.Web.Api.OpenApi;

/// <summary>Every operation can answer 401 (no or a bad token) and 500; both come as problem details.</summary>
internal sealed class ProblemResponsesOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", Problem("No token, or a token that is unknown, revoked or expired."));
        operation.Responses.TryAdd("500", Problem("An unexpected server error; nothing was half-stored."));
        return Task.CompletedTask;
    }

    private static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
    };
}
