using FusionStudio.Engine.Gateway;

namespace FusionStudio.Engine.Serving;

/// <summary>
/// What a recipe answered: the text, the candidates it came from, the fusor's call, and — when the recipe could not
/// answer as designed — why a fallback answered instead.
/// </summary>
public sealed record ServedAnswer
{
    public required string Text { get; init; }

    public string? FinishReason { get; init; }

    public required IReadOnlyList<ServedCandidate> Candidates { get; init; }

    /// <summary>A Mixture-of-Agents recipe's later layers (2 and on), every proposer's answer in layer order.</summary>
    public IReadOnlyList<ServedLayerAnswer> Layers { get; init; } = [];

    /// <summary>The fusor's call; null when nothing was fused.</summary>
    public ModelCallResult? Fusion { get; init; }

    /// <summary>Positions (in <see cref="Candidates"/>) of the candidates the fusor read, in the order it saw them.</summary>
    public IReadOnlyList<int> PresentedOrder { get; init; } = [];

    /// <summary>The candidate returned as it is, when no fused answer was returned.</summary>
    public int? ChosenCandidate { get; init; }

    /// <summary>Why the answer is not the recipe's own (too few candidates, fusor failed); null when it is.</summary>
    public string? Fallback { get; init; }

    /// <summary>The slowest teacher call that answered: the wait no endpoint could avoid before fusing.</summary>
    public TimeSpan SlowestTeacher { get; init; }

    /// <summary>The whole request, as the server saw it.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Every call the request made: candidates, later layers' proposers, then the fusor (or the fallback call).</summary>
    public IEnumerable<ModelCallResult> Calls
    {
        get
        {
            var calls = Candidates.Select(c => c.Result).Concat(Layers.Select(a => a.Answer.Result));
            return Fusion is null ? calls : calls.Append(Fusion);
        }
    }

    public bool Fused => Fusion is { Succeeded: true } && Fallback is null;
}
