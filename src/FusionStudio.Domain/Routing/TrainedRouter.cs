namespace FusionStudio.Domain.Routing;

/// <summary>
/// One version of a router: what it learned from (runs and imported logs), its candidates, signal and scenario, the
/// trained model itself and its evaluation. A retrained router is a new version under the same name; versions are
/// never changed.
/// </summary>
public sealed class TrainedRouter
{
    public const int NameLength = 120;

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>1, 2, … per name.</summary>
    public int Version { get; set; }

    public RouterAlgorithm Algorithm { get; set; }

    public RoutingSignal Signal { get; set; }

    /// <summary>Weight of normalised performance in the reward α·performance − β·cost.</summary>
    public double Alpha { get; set; }

    /// <summary>Weight of normalised cost in the reward.</summary>
    public double Beta { get; set; }

    /// <summary>The <see cref="TextEmbedding.Model"/> key of the embeddings it routes on.</summary>
    public required string EmbeddingModel { get; set; }

    /// <summary>The models it chooses between, as the logs name them.</summary>
    public List<string> Candidates { get; set; } = [];

    /// <summary>The runs (generated or imported logs) it learned from.</summary>
    public List<int> SourceRunIds { get; set; } = [];

    public int Folds { get; set; }

    public int Seed { get; set; }

    /// <summary>Logged queries it was trained on.</summary>
    public int TrainingQueries { get; set; }

    /// <summary>The trained model (format by <see cref="Algorithm"/>), enough to route without the logs.</summary>
    public byte[] Model { get; set; } = [];

    /// <summary>The cross-validated evaluation as JSON: tables per scenario and the quality–cost curve.</summary>
    public string Evaluation { get; set; } = "{}";

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
