using System.Text.Json.Serialization;

namespace FusionStudio.Web.Serving.Wire;

/// <summary>
/// One candidate of a served request. <see cref="Score"/> is the judge's, which serving does not call: it is filled
/// once the live run is judged, and null in the answer.
/// </summary>
public sealed record ServedCandidateDetail(
    int Position,
    string Teacher,
    string Model,
    bool Succeeded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Error,
    bool Fused,
    bool Chosen,
    int LatencyMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Score,
    string? Text);
