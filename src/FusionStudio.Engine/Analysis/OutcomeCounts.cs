namespace FusionStudio.Engine.Analysis;

/// <summary>Wins, ties and losses of method A, for one prompt or summed over many.</summary>
public readonly record struct OutcomeCounts(int Wins, int Ties, int Losses)
{
    public int Total => Wins + Ties + Losses;

    /// <summary>(wins + ½ ties) / total; 0 when there is nothing to count.</summary>
    public double Rate => Total == 0 ? 0 : (Wins + (0.5 * Ties)) / Total;

    public OutcomeCounts Add(Outcome outcome) => outcome switch
    {
        Outcome.Win => this with { Wins = Wins + 1 },
        Outcome.Tie => this with { Ties = Ties + 1 },
        _ => this with { Losses = Losses + 1 },
    };

    public static OutcomeCounts operator +(OutcomeCounts left, OutcomeCounts right) =>
        new(left.Wins + right.Wins, left.Ties + right.Ties, left.Losses + right.Losses);

    public static OutcomeCounts Of(IEnumerable<Outcome> outcomes) => outcomes.Aggregate(default(OutcomeCounts), (counts, o) => counts.Add(o));
}
