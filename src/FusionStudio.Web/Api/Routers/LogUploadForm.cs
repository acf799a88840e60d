namespace FusionStudio.Web.Api.Routers;

/// <summary>The multipart form that imports a log set.</summary>
public sealed class LogUploadForm
{
    /// <summary>A JSON Lines or CSV log: one record per answer, or one line per query with a <c>model_performance</c> map.</summary>
    public IFormFile? File { get; set; }

    /// <summary>
    /// Prices per million tokens for records that give tokens but no cost, as JSON, e.g.
    /// <c>{"gemma-2-9b-it": 0.2, "llama-3.3-70b-instruct": 0.9}</c>.
    /// </summary>
    public string? Prices { get; set; }

    /// <summary>The log set's name; empty: made from the file name and the time.</summary>
    public string? Name { get; set; }
}
