using FusionStudio.Engine.Routing;

namespace FusionStudio.Jobs.Routing;

/// <summary>
/// Routes prompts with a stored router: embeds them (when the router needs embeddings) and ranks the router's
/// candidate models by predicted reward under the router's own α/β, best first. Runs and served recipes both come here.
/// </summary>
public sealed class RouterPicker(StoredRouters routers, EmbeddingModels embeddings)
{
    /// <summary>One ranking per prompt, in the order given.</summary>
    /// <exception cref="InvalidOperationException">No router has that id.</exception>
    public async Task<IReadOnlyList<IReadOnlyList<RoutedModel>>> RankAsync(
        int routerId, IReadOnlyList<RoutingInput> prompts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var loaded = await routers.GetAsync(routerId, cancellationToken)
            ?? throw new InvalidOperationException($"Router {routerId} does not exist.");
        if (prompts.Count == 0)
        {
            return [];
        }

        var vectors = RouterTraining.NeedsEmbeddings(loaded.Router.Algorithm)
            ? (await embeddings.EmbedAsync(loaded.Router.EmbeddingModel, prompts.Select(p => p.Text).ToList(), cancellationToken)).Vectors
            : null;
        return prompts.Select((prompt, i) => Rank(loaded, prompt, vectors?[i])).ToList();
    }

    private static IReadOnlyList<RoutedModel> Rank(LoadedRouter loaded, RoutingInput prompt, float[]? vector)
    {
        var query = new RoutingQuery(prompt.Text, prompt.Task, prompt.Text, [], []) { Vector = vector };
        var prediction = loaded.Predictor.Predict(query);
        return prediction.Ranked(loaded.Scenario)
            .Select(m => new RoutedModel(loaded.Predictor.Models[m], prediction.Performance[m], prediction.Cost[m]))
            .ToList();
    }
}
