using System.Text.Json.Serialization;

namespace FusionStudio.Web.Serving.Wire;

/// <summary>
/// The extension a request asks for with <c>"fusionstudio": {"candidates": true}</c> (or the header
/// <c>X-FusionStudio-Candidates: true</c>): which recipe version answered, whether a fallback did and why, and every
/// candidate with its teacher and whether it was fused.
/// </summary>
public sealed record ServedDetails(
    string Recipe,
    int Version,
    string Kind,
    bool Fused,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Fallback,
    IReadOnlyList<ServedCandidateDetail> Candidates);
