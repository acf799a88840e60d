namespace FusionStudio.Simulation.Phrases;

/// <summary>
/// The sentence templates of simulated answers in one language. In templates {0} and {1} are keywords of the
/// question and {2} is the quoted question; the fusion synthesis takes the number of candidates as {0}.
/// </summary>
internal sealed record AnswerPhrases
{
    public required string Language { get; init; }

    public required string QuoteOpen { get; init; }

    public required string QuoteClose { get; init; }

    /// <summary>What goes between sentences: a space, or nothing for Chinese and Japanese.</summary>
    public string SentenceJoiner { get; init; } = " ";

    public required IReadOnlyList<string> ConciseOpeners { get; init; }

    public required string ConciseCore { get; init; }

    public required IReadOnlyList<string> Closers { get; init; }

    public required string StepsIntro { get; init; }

    public required IReadOnlyList<string> Steps { get; init; }

    public required string DetailIntro { get; init; }

    public required IReadOnlyList<string> DetailPoints { get; init; }

    public required string Example { get; init; }

    public required string Summary { get; init; }

    public required string CautiousOpening { get; init; }

    public required string CautiousCore { get; init; }

    public required IReadOnlyList<string> Caveats { get; init; }

    public required IReadOnlyList<string> FallbackKeywords { get; init; }
}
