using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Routers;

/// <summary>A run that routers can learn from: an imported log set or a generated run, with its models and queries.</summary>
public sealed record LogSetSummary(int RunId, string Name, RunSource Source, int Queries, int NonEnglishQueries, IReadOnlyList<string> Models, DateTimeOffset CreatedAt);
