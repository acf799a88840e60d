using System.Globalization;
using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Routing;
using FusionStudio.Jobs.Routing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Routers;

/// <summary>
/// Trains routers from runs and imported logs, cross-validates them, stores each as a new version with its
/// evaluation, and tests a stored router on other logs. The page and the API both come here.
/// </summary>
public sealed class RouterService(
    IDbContextFactory<FusionDbContext> contexts, RoutingLogLoader loader, EmbeddingModels embeddings, EditorCheck editors, TimeProvider clock)
{
    public const string General = "";

    public async Task<RouterTrainingResult> TrainAsync(RouterTrainingRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (!await editors.AllowsAsync(user))
        {
            return RouterTrainingResult.Failed(General, EditorCheck.Denied);
        }

        var errors = RouterTrainingValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new RouterTrainingResult(null, errors);
        }

        var (log, problem) = await LoadAsync(request.SourceRunIds, request.Candidates, request.Signal, request.Algorithm, request.EmbeddingModel, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (log!.Queries.Count < request.Folds)
        {
            return RouterTrainingResult.Failed(nameof(RouterTrainingRequest.SourceRunIds), string.Create(CultureInfo.InvariantCulture,
                $"The chosen logs have {log.Queries.Count} queries that every candidate answered with a score; {request.Folds}-fold cross-validation needs at least {request.Folds}."));
        }

        var train = RouterTraining.For(request.Algorithm, request.Seed);
        var scenarios = Scenarios(request.Alpha, request.Beta);
        var evaluation = await Task.Run(() => RoutingEvaluator.CrossValidate(log, train, request.Folds, request.Seed, scenarios), cancellationToken);
        var model = await Task.Run(() => RouterModelCodec.Write(train(log)), cancellationToken);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = request.Name.Trim();
        var version = (await db.Routers.Where(r => r.Name == name).MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0) + 1;
        var router = new TrainedRouter
        {
            Name = name,
            Version = version,
            Algorithm = request.Algorithm,
            Signal = request.Signal,
            Alpha = request.Alpha,
            Beta = request.Beta,
            EmbeddingModel = request.EmbeddingModel,
            Candidates = [.. log.Models],
            SourceRunIds = [.. request.SourceRunIds.Distinct().Order()],
            Folds = request.Folds,
            Seed = request.Seed,
            TrainingQueries = log.Queries.Count,
            Model = model,
            Evaluation = RoutingEvaluationJson.Write(evaluation),
            CreatedBy = user.Identity?.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Routers.Add(router);
        await db.SaveChangesAsync(cancellationToken);
        return new RouterTrainingResult(router.Id, new Dictionary<string, string>());
    }

    /// <summary>"Train on these, test on those": the stored router routes the queries of other runs; nothing is stored.</summary>
    public async Task<(RoutingEvaluation? Evaluation, RouterTrainingResult? Problem)> EvaluateAsync(
        int routerId, IReadOnlyList<int> runIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var router = await db.Routers.AsNoTracking().SingleOrDefaultAsync(r => r.Id == routerId, cancellationToken);
        if (router is null)
        {
            return (null, RouterTrainingResult.Failed(General, $"Router {routerId} does not exist."));
        }

        if (runIds.Count == 0)
        {
            return (null, RouterTrainingResult.Failed(nameof(RouterTrainingRequest.SourceRunIds), "Choose at least one log set to test on."));
        }

        var (log, problem) = await LoadAsync(runIds, router.Candidates, router.Signal, router.Algorithm, router.EmbeddingModel, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (log!.Queries.Count == 0)
        {
            return (null, RouterTrainingResult.Failed(nameof(RouterTrainingRequest.SourceRunIds), "No query of those logs was answered by every candidate of the router."));
        }

        var predictor = RouterModelCodec.Read(router.Model);
        var evaluation = await Task.Run(() => RoutingEvaluator.Test(predictor, log, Scenarios(router.Alpha, router.Beta)), cancellationToken);
        return (evaluation, null);
    }

    public async Task<IReadOnlyList<RouterSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var routers = await db.Routers.AsNoTracking().OrderBy(r => r.Name).ThenByDescending(r => r.Version).ToListAsync(cancellationToken);
        return routers.Select(RouterSummary.From).ToList();
    }

    public async Task<(TrainedRouter Router, RoutingEvaluation? Evaluation)?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var router = await db.Routers.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return router is null ? null : (router, RoutingEvaluationJson.Read(router.Evaluation));
    }

    /// <summary>The standard three scenarios, and the router's own α/β when it is none of them.</summary>
    public static IReadOnlyList<RoutingScenario> Scenarios(double alpha, double beta) =>
        RoutingScenario.Standard.Any(s => s.Alpha == alpha && s.Beta == beta)
            ? RoutingScenario.Standard
            : [.. RoutingScenario.Standard, RoutingScenario.Custom(alpha, beta)];

    private async Task<(RoutingLog? Log, RouterTrainingResult? Problem)> LoadAsync(
        IReadOnlyList<int> runIds, IReadOnlyList<string> candidates, RoutingSignal signal, RouterAlgorithm algorithm, string embeddingModel,
        CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var known = await db.Runs.Where(r => runIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
            if (runIds.Except(known).ToList() is { Count: > 0 } missing)
            {
                return (null, RouterTrainingResult.Failed(nameof(RouterTrainingRequest.SourceRunIds), $"No run or log set {string.Join(", ", missing)}."));
            }
        }

        var (log, _) = await loader.LoadAsync(runIds, candidates, signal, cancellationToken);
        if (candidates.Count > 0 && log.Queries.Count == 0)
        {
            return (null, RouterTrainingResult.Failed(nameof(RouterTrainingRequest.Candidates), "No query of the chosen logs was answered by every chosen candidate with a score."));
        }

        if (!RouterTraining.NeedsEmbeddings(algorithm) || log.Queries.Count == 0)
        {
            return (log, null);
        }

        try
        {
            var vectors = await embeddings.EmbedAsync(embeddingModel, log.Queries.Select(q => q.Text).ToList(), cancellationToken);
            return (log with { Queries = log.Queries.Select((q, i) => q with { Vector = vectors.Vectors[i] }).ToList() }, null);
        }
        catch (ArgumentException invalid)
        {
            return (null, RouterTrainingResult.Failed(nameof(RouterTrainingRequest.EmbeddingModel), invalid.Message));
        }
        catch (Exception failed) when (failed is HttpRequestException or System.ClientModel.ClientResultException)
        {
            return (null, RouterTrainingResult.Failed(nameof(RouterTrainingRequest.EmbeddingModel), $"The embedding model could not be reached: {failed.Message}"));
        }
    }
}
