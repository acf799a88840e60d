using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Embeddings;

namespace FusionStudio.Web.Routers;

/// <summary>What to train a router on and how: the page's form and the API's body.</summary>
public sealed class RouterTrainingRequest
{
    public const int MinFolds = 2;

    public const int MaxFolds = 10;

    public string Name { get; set; } = "";

    /// <summary>Runs whose candidates are the logs: imported log sets or generated runs.</summary>
    public List<int> SourceRunIds { get; set; } = [];

    /// <summary>The models to choose between, as the logs name them; empty: every model of the sources.</summary>
    public List<string> Candidates { get; set; } = [];

    public RoutingSignal Signal { get; set; } = RoutingSignal.ImportedScore;

    public RouterAlgorithm Algorithm { get; set; } = RouterAlgorithm.Knn;

    public double Alpha { get; set; } = 1;

    public double Beta { get; set; }

    public string EmbeddingModel { get; set; } = EmbeddingModelKey.BuiltIn;

    public int Folds { get; set; } = 5;

    public int Seed { get; set; } = 1;
}
