using FusionStudio.Data;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Gateway;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;

namespace FusionStudio.Jobs.Routing;

/// <summary>Turns an embedding model key into its generator: the built-in model, or a provider's model with its key decrypted.</summary>
public sealed class EmbeddingModels(
    IDbContextFactory<FusionDbContext> contexts, ApiKeyProtector keys, BuiltInEmbeddingGenerator builtIn, ProviderEmbeddingGenerators providers,
    EmbeddingCache cache)
{
    public const string NotEnglishNote =
        "The built-in embedding model (all-MiniLM-L6-v2) was trained on English: prompts in other languages are placed poorly. Choose a provider's multilingual embedding model for them.";

    /// <exception cref="ArgumentException">A key that names no usable model.</exception>
    public async Task<IEmbeddingGenerator<string, Embedding<float>>> GeneratorAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == EmbeddingModelKey.BuiltIn)
        {
            return builtIn;
        }

        if (EmbeddingModelKey.ParseProvider(key) is not var (providerId, model))
        {
            throw new ArgumentException($"\"{key}\" is not an embedding model: use \"{EmbeddingModelKey.BuiltIn}\" or \"provider:<id>:<model>\".", nameof(key));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == providerId, cancellationToken)
            ?? throw new ArgumentException($"Provider {providerId} of the embedding model \"{key}\" does not exist.", nameof(key));
        if (provider.Kind != ProviderKind.OpenAiCompatible)
        {
            throw new ArgumentException($"Provider \"{provider.Name}\" is not OpenAI-compatible and serves no embeddings.", nameof(key));
        }

        return providers.For(ProviderEndpoint.From(provider, keys.Unprotect(provider.ProtectedApiKey)), model);
    }

    /// <summary>Unit vectors of the texts under the model's key, from the store where embedded before.</summary>
    public async Task<EmbeddingResult> EmbedAsync(string key, IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        await cache.EmbedAsync(key, await GeneratorAsync(key, cancellationToken), texts, cancellationToken);
}
