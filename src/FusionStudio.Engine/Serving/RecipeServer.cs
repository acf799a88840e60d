using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Recipes;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Serving;

/// <summary>
/// Answers one served request with a recipe: the teachers are asked in parallel, those that fail or miss their
/// deadline are left out, and the fusor writes one answer from the rest (streamed to <c>onDelta</c> when given); a
/// Mixture-of-Agents recipe first asks its teachers again, layer by layer, with the previous layer's answers as
/// references. With fewer candidates than the recipe's minimum, the consensus candidate (MBR) is returned instead,
/// marked as a fallback; with none, the fusor answers the request alone, marked too. A Routed recipe asks only the
/// teacher its router picked (the plan is already narrowed to it), and its fallback teacher when that fails. Teachers
/// must answer by the request's deadline less one call timeout, so the fusor (or the fallback) always has its whole call time.
/// </summary>
public sealed class RecipeServer(IModelGateway gateway, TimeProvider clock)
{
    /// <summary>BCP 47's "undetermined": a served request does not say its language, and the fusor is told to match the request.</summary>
    public const string UndeterminedLanguage = "und";

    private static readonly MbrSelector Consensus = new();

    public async Task<ServedAnswer> ServeAsync(
        ServingPlan plan, IReadOnlyList<PromptMessage> messages, Func<string, CancellationToken, ValueTask>? onDelta, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(messages);
        using var requestDeadline = new CancellationTokenSource(plan.RequestTimeout, clock);
        using var request = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, requestDeadline.Token);
        var served = new ServedRequestCalls(gateway, clock, plan, messages, cancellationToken, request.Token);
        var answer = plan.Version.Kind switch
        {
            RecipeKind.Single => await SingleAsync(served, onDelta),
            RecipeKind.Routed => await RoutedAsync(served, onDelta),
            RecipeKind.RoutedFusion when plan.Teachers.Count == 0 && plan.Fallback is not null => await RoutedAsync(served, onDelta),
            _ => await FuseAsync(served, onDelta, cancellationToken),
        };
        return answer with { Elapsed = served.Elapsed };
    }

    /// <summary>The user's request as plain text: the last user message, as a dataset prompt keeps it.</summary>
    public static string LastUserText(IReadOnlyList<PromptMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.LastOrDefault(m => m.Role == ChatRole.User)?.Content ?? messages[^1].Content;
    }

    private static async Task<ServedAnswer> SingleAsync(ServedRequestCalls served, Func<string, CancellationToken, ValueTask>? onDelta)
    {
        var plan = served.Plan;
        var single = await served.AskAsync(plan.Teachers[0], served.Messages, Shorter(plan.CallTimeout, plan.RequestTimeout), ModelCallPurpose.Generate, onDelta);
        var answer = Chosen([single], 0, null);
        return single.Succeeded ? answer : throw new ServingFailedException($"The teacher failed: {single.Result.FailureReason}", answer);
    }

    /// <summary>
    /// The routed teacher answers; when routing failed or the teacher did, the fallback teacher does, marked. A routed
    /// answer that failed after part of it was streamed cannot be replaced, so the request fails.
    /// </summary>
    private static async Task<ServedAnswer> RoutedAsync(ServedRequestCalls served, Func<string, CancellationToken, ValueTask>? onDelta)
    {
        var plan = served.Plan;
        var candidates = new List<ServedCandidate>();
        var why = $"The router could not pick a teacher ({plan.RouteError ?? "no teacher it knows"})";
        if (plan.Teachers.Count > 0)
        {
            var streamed = false;
            Func<string, CancellationToken, ValueTask>? tracked = onDelta is null ? null : (piece, token) =>
            {
                streamed = true;
                return onDelta(piece, token);
            };
            var routed = await served.AskAsync(plan.Teachers[0], served.Messages, served.TeacherTime, ModelCallPurpose.Generate, tracked);
            candidates.Add(routed);
            if (routed.Succeeded)
            {
                return Chosen(candidates, 0, null);
            }

            why = $"The routed teacher failed ({routed.Result.FailureReason})";
            if (streamed || plan.Fallback is null)
            {
                throw new ServingFailedException($"{why}{(streamed ? " after part of its answer was streamed" : " and the recipe has no fallback teacher")}.", Chosen(candidates, null, null));
            }
        }

        if (plan.Fallback is null)
        {
            throw new ServingFailedException($"{why} and the recipe has no fallback teacher.", Chosen(candidates, null, null));
        }

        var fallback = await served.AskAsync(plan.Fallback, served.Messages, served.FusorTime, ModelCallPurpose.Generate, onDelta);
        candidates.Add(fallback);
        var answer = Chosen(candidates, candidates.Count - 1, $"{why}; the fallback teacher answered.");
        return fallback.Succeeded ? answer : throw new ServingFailedException($"{why}, and the fallback teacher failed too: {fallback.Result.FailureReason}", answer);
    }

    private static async Task<ServedAnswer> FuseAsync(ServedRequestCalls served, Func<string, CancellationToken, ValueTask>? onDelta, CancellationToken cancellationToken)
    {
        var plan = served.Plan;
        var candidates = await served.AskAllAsync(plan.Teachers, (teacher, _) => served.Messages, ModelCallPurpose.Generate);
        var answered = candidates.Select((candidate, position) => (candidate, position)).Where(c => c.candidate.Succeeded).ToList();
        var slowest = answered.Count == 0 ? TimeSpan.Zero : answered.Max(c => c.candidate.Result.Elapsed);
        var views = answered.Select(c => new CandidateView(c.position, c.position, 0, c.candidate.Result.Text!, null)).ToList();

        if (answered.Count == 0)
        {
            // Nothing to fuse: the fusor's model answers the request on its own, so the caller still gets an answer.
            var alone = await served.AskAsync(plan.Fusor!, served.Messages, served.FusorTime, ModelCallPurpose.Fuse, onDelta);
            var why = plan.RouteError is { } routing ? $"The router could not pick teachers ({routing})" : "No teacher answered";
            var fallback = new ServedAnswer
            {
                Text = alone.Result.Text ?? "",
                FinishReason = alone.Result.Usage.FinishReason,
                Candidates = candidates,
                Fusion = alone.Result,
                Fallback = $"{why}; the fusor's model answered the request alone.",
            };
            return alone.Succeeded ? fallback : throw new ServingFailedException($"{why} and the fusor failed too: {alone.Result.FailureReason}", fallback);
        }

        if (answered.Count < plan.Limits.MinCandidates)
        {
            return await ChooseAsync(candidates, [], views, onDelta, slowest,
                $"Only {answered.Count} of {candidates.Count} teachers answered; the recipe fuses at least {plan.Limits.MinCandidates}.", null, cancellationToken);
        }

        var prompt = new DatasetPrompt { Text = LastUserText(served.Messages), Messages = [.. served.Messages], Language = UndeterminedLanguage };
        var seed = Random.Shared.NextInt64();
        IReadOnlyList<ServedLayerAnswer> layers = [];
        FusionRequest fusion;
        if (plan.Version.Kind == RecipeKind.MixtureOfAgents)
        {
            var mixed = await MixtureLayers.ProposeAsync(served, prompt, views, seed);
            layers = mixed.Answers;
            if (mixed.LastLayer.Count == 0)
            {
                return await ChooseAsync(candidates, layers, views, onDelta, slowest, $"Every proposer of layer {mixed.FailedLayer} failed; the consensus candidate was returned.", null, cancellationToken);
            }

            fusion = MixtureOfAgentsRequestBuilder.Fusor(plan.FusorTemplate!, prompt, mixed.LastLayer, seed);
        }
        else
        {
            fusion = FusionRequestBuilder.BuildShuffled(plan.FusorTemplate!, prompt, views, (ulong)seed);
        }

        var purpose = plan.Version.Kind switch
        {
            RecipeKind.MixtureOfAgents => ModelCallPurpose.MixtureFuse,
            RecipeKind.RoutedFusion => ModelCallPurpose.RoutedFuse,
            _ => ModelCallPurpose.Fuse,
        };
        var fused = await served.AskAsync(plan.Fusor!, fusion.Messages, served.FusorTime, purpose, onDelta, plan.FusorTemplate!.Id);
        if (!fused.Succeeded)
        {
            return await ChooseAsync(candidates, layers, views, onDelta, slowest, $"The fusor failed ({fused.Result.FailureReason}); the consensus candidate was returned.", fused.Result, cancellationToken);
        }

        return new ServedAnswer
        {
            Text = fused.Result.Text!,
            FinishReason = fused.Result.Usage.FinishReason,
            Candidates = candidates,
            Layers = layers,
            Fusion = fused.Result,
            // Mixture-of-Agents fuses the last layer's answers, which every answered candidate fed.
            PresentedOrder = plan.Version.Kind == RecipeKind.MixtureOfAgents
                ? answered.Select(c => c.position).ToList()
                : fusion.PresentedOrder.Select(id => (int)id).ToList(),
            SlowestTeacher = slowest,
        };
    }

    private static ServedAnswer Chosen(IReadOnlyList<ServedCandidate> candidates, int? chosen, string? fallback) => new()
    {
        Text = chosen is { } at ? candidates[at].Result.Text ?? "" : "",
        FinishReason = chosen is { } c ? candidates[c].Result.Usage.FinishReason : null,
        Candidates = candidates,
        ChosenCandidate = chosen,
        Fallback = fallback,
        SlowestTeacher = chosen is { } s ? candidates[s].Result.Elapsed : TimeSpan.Zero,
    };

    private static async Task<ServedAnswer> ChooseAsync(
        IReadOnlyList<ServedCandidate> candidates, IReadOnlyList<ServedLayerAnswer> layers, IReadOnlyList<CandidateView> views,
        Func<string, CancellationToken, ValueTask>? onDelta, TimeSpan slowest, string reason, ModelCallResult? failedFusion, CancellationToken cancellationToken)
    {
        var chosen = (int)Consensus.Select(new SelectionInput(0, 0, views)).CandidateId!.Value;
        var text = candidates[chosen].Result.Text!;
        if (onDelta is not null)
        {
            await onDelta(text, cancellationToken);
        }

        return new ServedAnswer
        {
            Text = text,
            FinishReason = candidates[chosen].Result.Usage.FinishReason,
            Candidates = candidates,
            Layers = layers,
            Fusion = failedFusion,
            ChosenCandidate = chosen,
            Fallback = reason,
            SlowestTeacher = slowest,
        };
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
