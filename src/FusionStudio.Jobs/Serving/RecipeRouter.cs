using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Serving;
using FusionStudio.Jobs.Routing;

namespace FusionStudio.Jobs.Serving;

/// <summary>
/// Routes a served request's last user text with the recipe's router, the way the routed run methods route a
/// prompt (<see cref="RouterPicker"/>, <see cref="RouteTeachers"/>): the plan is narrowed to the router's pick (Routed)
/// or its top k (Routed FusioN), and the decision is kept to be stored as the live prompt's route. A request the
/// router cannot place keeps the reason, and the recipe's fallback answers it.
/// </summary>
public sealed class RecipeRouter(RouterPicker picker, TimeProvider clock)
{
    public async Task<(ServingPlan Plan, PromptRoute? Route)> RouteAsync(ServingPlan plan, IReadOnlyList<PromptMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.Routes || plan.Version.RouterId is not { } routerId)
        {
            return (plan, null);
        }

        var route = new PromptRoute { RouterId = routerId };
        try
        {
            var ranking = (await picker.RankAsync(routerId, [new RoutingInput(RecipeServer.LastUserText(messages), LiveTrafficStore.LiveTask)], cancellationToken))[0];
            route.Choices = RouteTeachers.Match(ranking, plan.Teachers.Select(t => t.Teacher).DistinctBy(t => t.Id).ToList());
            if (route.Choices.Count == 0)
            {
                route.Error = "The router knows none of the recipe's teachers.";
            }
        }
        catch (Exception failed) when (failed is InvalidOperationException or ArgumentException or HttpRequestException or System.ClientModel.ClientResultException)
        {
            route.Error = failed.Message;
        }

        route.CreatedAt = clock.GetUtcNow();
        var count = plan.Version.Kind == Domain.Recipes.RecipeKind.RoutedFusion ? plan.Version.TopK ?? Run.DefaultRoutedTopK : 1;
        return (plan.Routed(route.Best(count), route.Error), route);
    }
}
