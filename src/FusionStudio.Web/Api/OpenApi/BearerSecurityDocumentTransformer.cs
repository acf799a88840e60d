using FusionStudio.Web.Security.ApiTokens;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FusionStudio.Web.Api.OpenApi;

/// <summary>Describes the API and says that every operation takes a personal API token as a bearer token.</summary>
internal sealed class BearerSecurityDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "FusionStudio API",
            Version = "v1",
            Description = "Datasets and runs of FusionStudio. Authenticate with a personal API token "
                + $"(\"API tokens\" in the user menu) sent as `Authorization: Bearer {ApiTokenDefaults.SecretPrefix}…`. "
                + "A token acts with its owner's current roles: Viewers read, Members and Admins also create and control runs. "
                + "Errors are RFC 7807 problem details (application/problem+json).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "FusionStudio API token",
            Description = $"A personal API token, starting with \"{ApiTokenDefaults.SecretPrefix}\".",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
