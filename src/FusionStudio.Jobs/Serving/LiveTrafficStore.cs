using System.Collections.Concurrent;
using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Serving;
using FusionStudio.Jobs.Runs.Steps;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Serving;

/// <summary>
/// Stores a served request as a prompt of its recipe version's live run, in one transaction: the prompt (the
/// request's messages), one candidate per teacher call, the answer as an aggregate, every call in the call log, and
/// the served-request row. So the run's pages, review, judge and export read live traffic like any run. A recipe
/// that does not store traffic keeps only the calls (without their messages and answers) and the served-request row,
/// so its spending and latency still count.
/// </summary>
public sealed class LiveTrafficStore(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    public const string LiveTask = "live";

    private const int MaxAttempts = 5;
    private const int MaxReasonLength = 500;

    // Prompts of one live run take consecutive ordinals: one writer per run in this process; another process that
    // takes the same ordinal first makes this one read the next and try again.
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _runLocks = new();

    /// <summary>Stores the exchange; never cancelled by the client, since its calls were paid for.</summary>
    public async Task StoreAsync(ServedExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange.Plan.Version.LiveRunId is not { } runId)
        {
            return;
        }

        var gate = _runLocks.GetOrAdd(runId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteAsync(exchange, runId);
                    return;
                }
                catch (DbUpdateException exception) when (UniqueViolation.Is(exception) && attempt < MaxAttempts)
                {
                    // Another process took the ordinal; read the next one.
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task WriteAsync(ServedExchange exchange, int runId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow();
        var answer = exchange.Answer;
        var store = exchange.Plan.Version.StoreTraffic;
        long? promptId = null;
        if (store)
        {
            var datasetId = await db.Runs.Where(r => r.Id == runId).Select(r => r.DatasetId).SingleAsync();
            var ordinal = await db.DatasetPrompts.Where(p => p.DatasetId == datasetId).MaxAsync(p => (int?)p.Ordinal) + 1 ?? 0;
            var prompt = new DatasetPrompt
            {
                DatasetId = datasetId,
                Ordinal = ordinal,
                Text = RecipeServer.LastUserText(exchange.Messages),
                Messages = exchange.Messages.Count > 1 || exchange.Messages[0].Role != ChatRole.User ? [.. exchange.Messages] : [],
                Language = RecipeServer.UndeterminedLanguage,
                Task = LiveTask,
                Metadata = Metadata(exchange),
            };
            db.DatasetPrompts.Add(prompt);
            await db.SaveChangesAsync();
            promptId = prompt.Id;
            db.RunPrompts.Add(new RunPrompt
            {
                RunId = runId,
                PromptId = prompt.Id,
                Ordinal = ordinal,
                Stage = exchange.Outcome == ServedOutcome.Failed ? PromptStage.Failed : PromptStage.Done,
                Error = exchange.Outcome == ServedOutcome.Failed ? Shorten(answer.Fallback ?? "No answer could be given.") : null,
                UpdatedAt = now,
            });
        }

        var candidates = answer.Candidates.Select(served =>
        {
            var call = Attach(served.Result.Call, runId, promptId, store);
            return new Candidate
            {
                RunId = runId,
                PromptId = promptId ?? 0,
                TeacherId = served.Teacher.Teacher.Id,
                SampleIndex = served.Teacher.SampleIndex,
                Text = served.Result.Text,
                Error = served.Result.FailureReason,
                CreatedAt = now,
                Calls = [call],
            };
        }).ToList();
        if (store)
        {
            db.Candidates.AddRange(candidates);
            await db.SaveChangesAsync();
            AddAggregates(db, exchange, runId, promptId!.Value, candidates, now);
        }
        else
        {
            db.ModelCalls.AddRange(candidates.SelectMany(c => c.Calls));
            if (answer.Fusion is { } fusion)
            {
                db.ModelCalls.Add(Attach(fusion.Call, runId, null, store: false));
            }
        }

        db.ServedRequests.Add(new ServedRequest
        {
            RecipeId = exchange.Plan.RecipeId,
            RecipeVersionId = exchange.Plan.Version.Id,
            RunId = runId,
            PromptId = promptId,
            StartedAt = exchange.StartedAt,
            LatencyMs = (int)Math.Min(int.MaxValue, Math.Round(exchange.Latency.TotalMilliseconds)),
            Outcome = exchange.Outcome,
            Streamed = exchange.Streamed,
            Reason = answer.Fallback is { } reason ? Shorten(reason) : null,
        });
        await db.SaveChangesAsync();
        if (store)
        {
            var done = exchange.Outcome == ServedOutcome.Failed ? 0 : 1;
            await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.Counters.PromptCount, r => r.Counters.PromptCount + 1)
                .SetProperty(r => r.Counters.PromptsDone, r => r.Counters.PromptsDone + done)
                .SetProperty(r => r.Counters.PromptsFailed, r => r.Counters.PromptsFailed + (1 - done)));
            var datasetId = await db.Runs.Where(r => r.Id == runId).Select(r => r.DatasetId).SingleAsync();
            await db.Datasets.Where(d => d.Id == datasetId).ExecuteUpdateAsync(set => set.SetProperty(d => d.PromptCount, d => d.PromptCount + 1));
        }

        await transaction.CommitAsync();
    }

    /// <summary>The served answer as the run's aggregate: fused, or the candidate a fallback returned.</summary>
    private static void AddAggregates(FusionDbContext db, ServedExchange exchange, int runId, long promptId, List<Candidate> candidates, DateTimeOffset now)
    {
        var answer = exchange.Answer;
        var succeeded = candidates.Where(c => c.Error is null).Select(c => c.Id).ToList();
        if (answer.Fusion is { } fusion)
        {
            db.Aggregates.Add(new Aggregate
            {
                RunId = runId,
                PromptId = promptId,
                Method = AggregationMethod.FusionOfN,
                CandidateLimit = candidates.Count,
                SourceCandidateIds = answer.PresentedOrder.Count > 0 ? answer.PresentedOrder.Select(p => candidates[p].Id).Order().ToList() : succeeded,
                PresentedOrder = answer.PresentedOrder.Select(p => candidates[p].Id).ToList(),
                TemplateVersionId = answer.PresentedOrder.Count > 0 ? exchange.Plan.FusorTemplate?.Id : null,
                Text = fusion.Text,
                Error = fusion.FailureReason,
                CreatedAt = now,
                Calls = [Attach(fusion.Call, runId, promptId, store: true)],
            });
        }

        if (answer.ChosenCandidate is { } chosen && exchange.Plan.Version.Fuses)
        {
            db.Aggregates.Add(new Aggregate
            {
                RunId = runId,
                PromptId = promptId,
                Method = AggregationMethod.Mbr,
                CandidateLimit = candidates.Count,
                SourceCandidateIds = succeeded,
                SelectedCandidateId = candidates[chosen].Id,
                Text = candidates[chosen].Text,
                CreatedAt = now,
            });
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
