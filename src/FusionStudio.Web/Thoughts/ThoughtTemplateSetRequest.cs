using FusionStudio.Engine.Embeddings;

namespace FusionStudio.Web.Thoughts;

/// <summary>What a new thought template set is built from: the page's form and the API's body.</summary>
public sealed class ThoughtTemplateSetRequest
{
    public string Name { get; set; } = "";

    /// <summary>Runs or imported logs whose best answers the templates are written from.</summary>
    public List<int> SourceRunIds { get; set; } = [];

    /// <summary>The teacher that writes the templates.</summary>
    public int? SummarizerTeacherId { get; set; }

    /// <summary>A thought summarizer template; its latest version is pinned. Default: the built-in one.</summary>
    public int? SummarizerTemplateId { get; set; }

    public string EmbeddingModel { get; set; } = EmbeddingModelKey.BuiltIn;
}
