using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// The response cache's key: SHA-256 (64 lowercase hex digits) over a canonical JSON of provider id, base URL,
/// model, messages, temperature, top-p, max tokens, base seed and sample index. The API key is left out on
/// purpose: rotating a key must not throw the cache away, and a key must never be derivable from stored data.
/// </summary>
public static class ModelCacheKey
{
    /// <summary>Bumped when the canonical form changes, so old entries are simply never hit again.</summary>
    private const int Version = 1;

    public static string Compute(ModelCallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", Version);
            json.WriteNumber("provider", request.Provider.ProviderId);
            json.WriteString("baseUrl", request.Provider.BaseUrl.TrimEnd('/'));
            json.WriteString("model", request.Model);
            json.WriteStartArray("messages");
            foreach (var message in request.Messages)
            {
                json.WriteStartObject();
                json.WriteString("role", message.Role.ToString());
                json.WriteString("content", message.Content);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("temperature", request.Sampling.Temperature);
            json.WriteNumber("topP", request.Sampling.TopP);
            json.WriteNumber("maxTokens", request.Sampling.MaxTokens);
            if (request.Sampling.Seed is { } seed)
            {
                json.WriteNumber("seed", seed);
            }
            else
            {
                json.WriteNull("seed");
            }

            json.WriteNumber("sampleIndex", request.SampleIndex);
            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
