namespace FusionStudio.Engine.Analysis;

/// <summary>
/// The mean of B − A over the prompts both runs scored, with a paired bootstrap interval: prompts are resampled with
/// their two scores together, so what both runs share (an easy or hard prompt) cancels and only the run-to-run
/// difference is left.
/// </summary>
public sealed record PairedDifference(int Prompts, double? Mean, double? Lower, double? Upper)
{
    public static PairedDifference Of(IEnumerable<(double A, double B)> pairs, ulong seed, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var differences = pairs.Select(p => p.B - p.A).Where(double.IsFinite).ToList();
        if (differences.Count == 0)
        {
            return new PairedDifference(0, null, null, null);
        }

        var interval = MeanInterval.Of(differences, seed, options);
        return new PairedDifference(differences.Count, differences.Average(), interval?.Lower, interval?.Upper);
    }
}
