namespace FusionStudio.Web.Library;

/// <summary>What "Test connection" found: the model ids the provider lists, or why it could not list them.</summary>
/// <param name="StatusCode">The HTTP status of a failed answer; null for network errors and successes.</param>
public sealed record ConnectionTestResult(bool Succeeded, IReadOnlyList<string> Models, string? Error, int? StatusCode = null)
{
    public static ConnectionTestResult Success(IReadOnlyList<string> models) => new(true, models, null);

    public static ConnectionTestResult Failure(string error, int? statusCode = null) => new(false, [], error, statusCode);
}
