using System.Text.Json.Serialization;

namespace FusionStudio.Engine.Routing;

/// <summary>A scenario's results: the router beside every single model, random and the oracle, overall and per task.</summary>
public sealed record ScenarioTable(RoutingScenario Scenario, IReadOnlyList<EvaluationRow> Rows, IReadOnlyList<TaskTable> Tasks)
{
    [JsonIgnore]
    public EvaluationRow Router => Rows.First(r => r.Kind == EvaluationRowKind.Router);

    [JsonIgnore]
    public EvaluationRow Oracle => Rows.First(r => r.Kind == EvaluationRowKind.Oracle);

    [JsonIgnore]
    public EvaluationRow BestModel => Rows.Where(r => r.Kind == EvaluationRowKind.Model).MaxBy(r => r.Reward)!;
}
