using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Routing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 0 of a run with routed methods: the run's router ranks the run's teachers for the prompt, once. The decision
/// is stored before any teacher is asked, so generation, selection and fusion read the same route, and a retry or a
/// second worker never routes again. A prompt the router cannot route (its embedding model unreachable, no teacher
/// it knows) keeps the reason, and the prompt fails with it.
/// </summary>
public sealed class RoutingStep(IDbContextFactory<FusionDbContext> contexts, RouterPicker picker, TimeProvider clock)
{
    /// <summary>The prompt's stored route, made now if there is none; null when the run routes nothing.</summary>
    public async Task<PromptRoute?> RouteAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        if (!run.Routes)
        {
            return null;
        }

        if (await FindAsync(run.Run.Id, prompt.Id, cancellationToken) is { } stored)
        {
            return stored;
        }

        var route = new PromptRoute { RunId = run.Run.Id, PromptId = prompt.Id, RouterId = run.Run.RouterId!.Value };
        try
        {
            var ranking = (await picker.RankAsync(route.RouterId, [new RoutingInput(prompt.Text, prompt.Task)], cancellationToken))[0];
            route.Choices = RouteTeachers.Match(ranking, run.Teachers);
            if (route.Choices.Count == 0)
            {
                route.Error = "The router knows none of the run's teachers.";
            }
        }
        catch (Exception failed) when (failed is InvalidOperationException or ArgumentException or HttpRequestException or System.ClientModel.ClientResultException)
        {
            route.Error = failed.Message;
        }

        route.CreatedAt = clock.GetUtcNow();
        return await AddOnceAsync(route, cancellationToken);
    }

    public async Task<PromptRoute?> FindAsync(int runId, long promptId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PromptRoutes.AsNoTracking().Include(r => r.Choices)
            .SingleOrDefaultAsync(r => r.RunId == runId && r.PromptId == promptId, cancellationToken);
    }

    private async Task<PromptRoute> AddOnceAsync(PromptRoute route, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PromptRoutes.Add(route);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return route;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Another worker routed the prompt first: its decision stands.
            return await FindAsync(route.RunId, route.PromptId, cancellationToken)
                ?? throw new InvalidOperationException("A route that broke the unique key is gone.", exception);
        }
    }
}
