using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Gateway.Outbound;

namespace FusionStudio.Web.Library;

/// <summary>
/// "Test connection": asks an OpenAI-compatible provider for <c>GET {baseUrl}/models</c> with its key, and reports
/// the model ids or the provider's own error. The key goes only into the Authorization header; every message is
/// passed through <see cref="SecretRedactor"/> before anyone sees it. The URL and the addresses it resolves to pass
/// the <see cref="ProviderAddressPolicy"/> (its handler is this client's primary handler, see <c>LibrarySetup</c>).
/// </summary>
public sealed class ProviderConnectionTester(IHttpClientFactory httpClients, ProviderAddressPolicy addresses)
{
    public const string HttpClientName = "FusionStudio.ProviderConnectionTest";

    // Some providers list hundreds of models with long descriptions; more than this is not a model list.
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public async Task<ConnectionTestResult> TestAsync(ProviderConnectionTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind == ProviderKind.Simulated)
        {
            return ConnectionTestResult.Success(SimulatedModels.Names);
        }

        if (addresses.Refusal(target.BaseUrl) is { } refusal)
        {
            return ConnectionTestResult.Failure(refusal);
        }

        var result = await CallAsync(target, cancellationToken);
        return result.Error is null ? result : result with { Error = SecretRedactor.Redact(result.Error, target.ApiKey) };
    }

    private async Task<ConnectionTestResult> CallAsync(ProviderConnectionTarget target, CancellationToken cancellationToken)
    {
        var url = new Uri(target.BaseUrl.Trim().TrimEnd('/') + "/models");
        using var http = httpClients.CreateClient(HttpClientName);
        http.Timeout = target.Timeout;
        http.MaxResponseContentBufferSize = MaxBodyBytes;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrEmpty(target.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.ApiKey);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode ? FromModelList(body) : FromError(response.StatusCode, response.ReasonPhrase, body);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectionTestResult.Failure($"No answer from {url.Authority} within {target.Timeout.TotalSeconds:0} s (the provider's timeout).");
        }
        catch (HttpRequestException error) when (FindDenial(error) is { } denied)
        {
            return ConnectionTestResult.Failure(denied.Message);
        }
        catch (HttpRequestException error)
        {
            return ConnectionTestResult.Failure($"Could not reach {url.Authority}: {error.Message}");
        }
    }

    private static ProviderAddressDeniedException? FindDenial(Exception error)
    {
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is ProviderAddressDeniedException denied)
            {
                return denied;
            }
        }

        return null;
    }

    private static ConnectionTestResult FromError(HttpStatusCode status, string? reason, string body)
    {
        var code = (int)status;
        var heading = string.IsNullOrWhiteSpace(reason) ? $"HTTP {code}" : $"HTTP {code} {reason}";
        var message = ProviderErrorReader.MessageFrom(body);
        var hint = status == HttpStatusCode.NotFound ? " Check the base URL: most providers need it to end with /v1." : "";
        return ConnectionTestResult.Failure(message is null ? heading + "." + hint : $"{heading}: {message}{hint}", code);
    }

    private static ConnectionTestResult FromModelList(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("data", out var data)
                && data.ValueKind == JsonValueKind.Array)
            {
                var ids = data.EnumerateArray()
                    .Where(entry => entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    .Select(entry => entry.GetProperty("id").GetString()!)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                return ConnectionTestResult.Success(ids);
            }
        }
        catch (JsonException)
        {
            // Reported below.
        }

        return ConnectionTestResult.Failure("The server answered, but not with an OpenAI model list. Check that the base URL ends with /v1.");
    }
}
