namespace FusionStudio.Engine.Scaling;

/// <summary>
/// One point of the test-time-scaling curve: with <see cref="K"/> candidates, the mean judge score of the answers a
/// method kept or wrote, over the <see cref="Prompts"/> prompts that have a scored answer.
/// </summary>
public sealed record ScalingPoint(int K, double? MeanScore, int Prompts)
{
    public static ScalingPoint Of(int k, IEnumerable<double?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var known = scores.OfType<double>().Where(double.IsFinite).ToList();
        return new ScalingPoint(k, known.Count == 0 ? null : known.Average(), known.Count);
    }
}
