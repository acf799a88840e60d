using System.Collections.Concurrent;

namespace FusionStudio.Web.Library;

/// <summary>
/// The model ids of each provider's last successful connection test, kept in memory for the teacher form's model
/// suggestions. Losing them on restart costs only the suggestions.
/// </summary>
public sealed class ProviderModelHints
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<string>> _models = new();

    public void Remember(int providerId, IReadOnlyList<string> models) => _models[providerId] = models;

    public IReadOnlyList<string> For(int providerId) => _models.GetValueOrDefault(providerId) ?? [];
}
