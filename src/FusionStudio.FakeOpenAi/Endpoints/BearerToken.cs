using System.Net.Http.Headers;

namespace FusionStudio.FakeOpenAi.Endpoints;

internal static class BearerToken
{
    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null when there is none.</summary>
    public static string? From(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            ? header.Parameter
            : null;
}
