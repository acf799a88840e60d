using System.Globalization;
using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Routing;

namespace FusionStudio.Web.Routers;

/// <summary>The checks a training request must pass before anything is read, keyed by request property.</summary>
public static class RouterTrainingValidator
{
    public static Dictionary<string, string> Validate(RouterTrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors[nameof(request.Name)] = "Give the router a name.";
        }
        else if (request.Name.Trim().Length > TrainedRouter.NameLength)
        {
            errors[nameof(request.Name)] = string.Create(CultureInfo.InvariantCulture, $"The name is longer than {TrainedRouter.NameLength} characters.");
        }

        if (request.SourceRunIds.Count == 0)
        {
            errors[nameof(request.SourceRunIds)] = "Choose at least one log set or run to learn from.";
        }

        if (request.Candidates.Count == 1)
        {
            errors[nameof(request.Candidates)] = "Choose at least two candidate models (or none for all of them).";
        }

        if (!Enum.IsDefined(request.Signal))
        {
            errors[nameof(request.Signal)] = "Unknown signal.";
        }

        if (!Enum.IsDefined(request.Algorithm))
        {
            errors[nameof(request.Algorithm)] = "Unknown algorithm.";
        }

        if (RoutingScenario.Problem(request.Alpha, request.Beta) is { } scenario)
        {
            errors[nameof(request.Alpha)] = scenario + ".";
        }

        if (request.Folds is < RouterTrainingRequest.MinFolds or > RouterTrainingRequest.MaxFolds)
        {
            errors[nameof(request.Folds)] = string.Create(CultureInfo.InvariantCulture, $"Folds must be between {RouterTrainingRequest.MinFolds} and {RouterTrainingRequest.MaxFolds}.");
        }

        if (string.IsNullOrWhiteSpace(request.EmbeddingModel))
        {
            errors[nameof(request.EmbeddingModel)] = "Choose an embedding model.";
        }

        return errors;
    }
}
