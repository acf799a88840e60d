namespace FusionStudio.Web.Routers;

/// <summary>The stored router's id, or why nothing was trained (by request property, as the form and the API name them).</summary>
public sealed record RouterTrainingResult(int? RouterId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => RouterId is not null;

    public static RouterTrainingResult Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
