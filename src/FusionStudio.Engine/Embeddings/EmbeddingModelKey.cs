using System.Globalization;

namespace FusionStudio.Engine.Embeddings;

/// <summary>
/// Names an embedding model as vectors are stored under it: the built-in model, or a model of one provider (two
/// providers may serve different models under the same name, so the provider is part of the key).
/// </summary>
public static class EmbeddingModelKey
{
    public const string BuiltIn = "builtin:" + BuiltInEmbeddingGenerator.ModelName;

    private const string ProviderPrefix = "provider:";

    public static string ForProvider(int providerId, string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        return string.Create(CultureInfo.InvariantCulture, $"{ProviderPrefix}{providerId}:{model.Trim()}");
    }

    /// <summary>The provider and model of a provider key; null for the built-in model or a key that is not one.</summary>
    public static (int ProviderId, string Model)? ParseProvider(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.StartsWith(ProviderPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = key[ProviderPrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && colon < rest.Length - 1
            ? (id, rest[(colon + 1)..])
            : null;
    }
}
