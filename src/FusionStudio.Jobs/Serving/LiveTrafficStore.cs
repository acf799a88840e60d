using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Serving;
using FusionStudio.Jobs.Runs.Steps;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Serving;

/// <summary>
/// Stores served requests, a batch at a time in one transaction, each as a prompt of its recipe version's live run:
/// the prompt (the request's messages), one candidate per teacher call, the answer as an aggregate, every call in the
/// call log, and the served-request row. So the run's pages, review, judge and export read live traffic like any run.
/// A recipe that does not store traffic keeps only the calls (without their messages and answers) and the
/// served-request row, so its spending and latency still count. Prompts of a live run take consecutive ordinals; a
/// process that takes the same ordinal first makes this one read the next and try again.
/// </summary>
public sealed class LiveTrafficStore(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    public const string LiveTask = "live";

    private const int MaxAttempts = 5;
    private const int MaxReasonLength = 500;

    /// <summary>Stores the batch; never cancelled, since its calls were paid for.</summary>
    public async Task StoreAsync(IReadOnlyList<ServedExchange> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(batch);
                return;
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception) && attempt < MaxAttempts)
            {
                // Another process took an ordinal; read the next ones.
            }
        }
    }

    private async Task WriteAsync(IReadOnlyList<ServedExchange> batch)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow();
        var live = batch.Where(e => e.Plan.Version.LiveRunId is not null).ToList();
        var runIds = live.Select(e => e.Plan.Version.LiveRunId!.Value).Distinct().ToList();
        var datasets = await db.Runs.Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.DatasetId);
        var nextOrdinal = new Dictionary<int, int>();
        foreach (var (runId, datasetId) in datasets)
        {
            nextOrdinal[runId] = await db.DatasetPrompts.Where(p => p.DatasetId == datasetId).MaxAsync(p => (int?)p.Ordinal) + 1 ?? 0;
        }

        var prompts = live.Select(exchange =>
        {
            var runId = exchange.Plan.Version.LiveRunId!.Value;
            if (!exchange.Plan.Version.StoreTraffic || !datasets.TryGetValue(runId, out var datasetId))
            {
                return null;
            }

            var prompt = new DatasetPrompt
            {
                DatasetId = datasetId,
                Ordinal = nextOrdinal[runId]++,
                Text = RecipeServer.LastUserText(exchange.Messages),
                Messages = exchange.Messages.Count > 1 || exchange.Messages[0].Role != ChatRole.User ? [.. exchange.Messages] : [],
                Language = RecipeServer.UndeterminedLanguage,
                Task = LiveTask,
                Metadata = Metadata(exchange),
            };
            db.DatasetPrompts.Add(prompt);
            return prompt;
        }).ToList();
        await db.SaveChangesAsync();

        var candidates = live.Select((exchange, i) => Candidates(db, exchange, prompts[i], now)).ToList();
        await db.SaveChangesAsync();
        await AddLayersAsync(db, live, prompts, candidates, now);

        for (var i = 0; i < live.Count; i++)
        {
            var exchange = live[i];
            var runId = exchange.Plan.Version.LiveRunId!.Value;
            if (prompts[i] is { } prompt)
            {
                AddAggregates(db, exchange, runId, prompt, candidates[i], now);
                if (exchange.Route is { } route)
                {
                    route.RunId = runId;
                    route.PromptId = prompt.Id;
                    db.PromptRoutes.Add(route);
                }
            }
            else if (exchange.Answer.Fusion is { } fusion)
            {
                db.ModelCalls.Add(Attach(fusion.Call, runId, null, store: false));
            }

            db.ServedRequests.Add(new ServedRequest
            {
                RecipeId = exchange.Plan.RecipeId,
                RecipeVersionId = exchange.Plan.Version.Id,
                RunId = runId,
                PromptId = prompts[i]?.Id,
                StartedAt = exchange.StartedAt,
                LatencyMs = (int)Math.Min(int.MaxValue, Math.Round(exchange.Latency.TotalMilliseconds)),
                Outcome = exchange.Outcome,
                Streamed = exchange.Streamed,
                Reason = exchange.Answer.Fallback is { } reason ? Shorten(reason) : null,
            });
        }

        await db.SaveChangesAsync();
        foreach (var run in live.Select((exchange, i) => (exchange, stored: prompts[i] is not null)).Where(x => x.stored).GroupBy(x => x.exchange.Plan.Version.LiveRunId!.Value))
        {
            var count = run.Count();
            var failed = run.Count(x => x.exchange.Outcome == ServedOutcome.Failed);
            await db.Runs.Where(r => r.Id == run.Key).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Counters.PromptCount, r => r.Counters.PromptCount + count)
                .SetProperty(r => r.Counters.PromptsDone, r => r.Counters.PromptsDone + count - failed)
                .SetProperty(r => r.Counters.PromptsFailed, r => r.Counters.PromptsFailed + failed));
            var datasetId = datasets[run.Key];
            await db.Datasets.Where(d => d.Id == datasetId).ExecuteUpdateAsync(set => set.SetProperty(d => d.PromptCount, d => d.PromptCount + count));
        }

        await transaction.CommitAsync();
    }

    /// <summary>One candidate per teacher call, with its call; for a request that is not stored, only the calls.</summary>
    private static List<Candidate> Candidates(FusionDbContext db, ServedExchange exchange, DatasetPrompt? prompt, DateTimeOffset now)
    {
        var runId = exchange.Plan.Version.LiveRunId!.Value;
        var store = prompt is not null;
        if (store)
        {
            db.RunPrompts.Add(new RunPrompt
            {
                RunId = runId,
                PromptId = prompt!.Id,
                Ordinal = prompt.Ordinal,
                Stage = exchange.Outcome == ServedOutcome.Failed ? PromptStage.Failed : PromptStage.Done,
                Error = exchange.Outcome == ServedOutcome.Failed ? Shorten(exchange.Answer.Fallback ?? "No answer could be given.") : null,
                UpdatedAt = now,
            });
        }

        var language = prompt?.Language ?? RecipeServer.UndeterminedLanguage;
        var candidates = exchange.Answer.Candidates.Select(served => new Candidate
        {
            RunId = runId,
            PromptId = prompt?.Id ?? 0,
            TeacherId = served.Teacher.Teacher.Id,
            SampleIndex = served.Teacher.SampleIndex,
            Text = served.Result.Text,
            Error = served.Result.FailureReason,
            CreatedAt = now,
            Calls = [Attach(served.Result.Call, runId, prompt?.Id, store)],
        }.WithLanguageFlag(language)).ToList();
        if (store)
        {
            db.Candidates.AddRange(candidates);
        }
        else
        {
            db.ModelCalls.AddRange(candidates.SelectMany(c => c.Calls));
        }

        return candidates;
    }

    /// <summary>The served answer as the run's aggregate: fused, or the candidate a fallback returned.</summary>
    private static void AddAggregates(FusionDbContext db, ServedExchange exchange, int runId, DatasetPrompt prompt, List<Candidate> candidates, DateTimeOffset now)
    {
        var promptId = prompt.Id;
        var answer = exchange.Answer;
        var version = exchange.Plan.Version;
        var limit = version.LiveCandidateLimit;
        var succeeded = candidates.Where(c => c.Error is null).Select(c => c.Id).ToList();
        if (answer.Fusion is { } fusion)
        {
            var mixture = version.Kind == RecipeKind.MixtureOfAgents;
            db.Aggregates.Add(new Aggregate
            {
                RunId = runId,
                PromptId = promptId,
                Method = version.Kind switch
                {
                    RecipeKind.RoutedFusion => AggregationMethod.RoutedFusion,
                    RecipeKind.MixtureOfAgents => AggregationMethod.MixtureOfAgents,
                    _ => AggregationMethod.FusionOfN,
                },
                CandidateLimit = limit,
                SourceCandidateIds = answer.PresentedOrder.Count > 0 ? answer.PresentedOrder.Select(p => candidates[p].Id).Order().ToList() : succeeded,
                // Mixture-of-Agents' fusor read the last layer's answers, not the candidates (as in a run, no order is kept).
                PresentedOrder = mixture ? [] : answer.PresentedOrder.Select(p => candidates[p].Id).ToList(),
                TemplateVersionId = answer.PresentedOrder.Count > 0 ? exchange.Plan.FusorTemplate?.Id : null,
                Text = fusion.Text,
                Error = fusion.FailureReason,
                CreatedAt = now,
                Calls = [Attach(fusion.Call, runId, promptId, store: true)],
            }.WithLanguageFlag(prompt.Language));
        }

        if (answer.ChosenCandidate is { } routed && version.Kind == RecipeKind.Routed)
        {
            // The routed teacher's answer, or the fallback's (the prompt's metadata says which).
            db.Aggregates.Add(new Aggregate
            {
                RunId = runId,
                PromptId = promptId,
                Method = AggregationMethod.Routed,
                CandidateLimit = limit,
                SourceCandidateIds = [candidates[routed].Id],
                SelectedCandidateId = candidates[routed].Id,
                Text = candidates[routed].Text,
                CreatedAt = now,
            }.WithLanguageFlag(prompt.Language));
        }

        if (answer.ChosenCandidate is { } chosen && version.Fuses)
        {
            db.Aggregates.Add(new Aggregate
            {
                RunId = runId,
                PromptId = promptId,
                Method = AggregationMethod.Mbr,
                CandidateLimit = limit,
                SourceCandidateIds = succeeded,
                SelectedCandidateId = candidates[chosen].Id,
                Text = candidates[chosen].Text,
                CreatedAt = now,
            }.WithLanguageFlag(prompt.Language));
        }
    }

    /// <summary>
    /// Mixture-of-Agents' later layers, a layer at a time, since each answer keeps the order in which it saw the
    /// previous layer's (candidates for layer 2, the stored answers of the layer before for the rest).
    /// </summary>
    private static async Task AddLayersAsync(FusionDbContext db, List<ServedExchange> live, List<DatasetPrompt?> prompts, List<List<Candidate>> candidates, DateTimeOffset now)
    {
        var previous = candidates.Select(c => c.Select(x => x.Id).ToList()).ToList();
        var deepest = live.Select(e => e.Answer.Layers.Count == 0 ? 1 : e.Answer.Layers.Max(a => a.Layer)).DefaultIfEmpty(1).Max();
        for (var layer = 2; layer <= deepest; layer++)
        {
            var added = live.Select((exchange, i) =>
            {
                var runId = exchange.Plan.Version.LiveRunId!.Value;
                var prompt = prompts[i];
                var answers = exchange.Answer.Layers.Where(a => a.Layer == layer).Select(a => new LayerAnswer
                {
                    RunId = runId,
                    PromptId = prompt?.Id ?? 0,
                    Layer = layer,
                    TeacherId = a.Answer.Teacher.Teacher.Id,
                    SampleIndex = a.Answer.Teacher.SampleIndex,
                    Text = a.Answer.Result.Text,
                    Error = a.Answer.Result.FailureReason,
                    PresentedOrder = a.PresentedOrder.Select(p => previous[i][p]).ToList(),
                    TemplateVersionId = exchange.Plan.ProposerTemplate?.Id,
                    CreatedAt = now,
                    Calls = [Attach(a.Answer.Result.Call, runId, prompt?.Id, prompt is not null)],
                }).ToList();
                if (prompt is not null)
                {
                    db.LayerAnswers.AddRange(answers);
                }
                else
                {
                    db.ModelCalls.AddRange(answers.SelectMany(a => a.Calls));
                }

                return answers;
            }).ToList();
            await db.SaveChangesAsync();
            previous = added.Select(answers => answers.Select(a => a.Id).ToList()).ToList();
        }
    }

    private static Domain.Calls.ModelCall Attach(Domain.Calls.ModelCall call, int runId, long? promptId, bool store)
    {
        call.RunId = runId;
        call.PromptId = promptId;
        if (!store)
        {
            // The recipe keeps no traffic: the call's usage counts, its messages and answer are not kept.
            call.Request = null;
            call.Response = null;
        }

        return call;
    }

    private static Dictionary<string, string> Metadata(ServedExchange exchange)
    {
        var metadata = new Dictionary<string, string>
        {
            ["recipe"] = exchange.Plan.RecipeName,
            ["recipe_version"] = exchange.Plan.Version.Version.ToString(CultureInfo.InvariantCulture),
            ["served_at"] = exchange.StartedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (exchange.Answer.Fallback is { } fallback)
        {
            metadata["fallback"] = Shorten(fallback);
        }

        return metadata;
    }

    private static string Shorten(string text) => text.Length <= MaxReasonLength ? text : text[..MaxReasonLength];
}
