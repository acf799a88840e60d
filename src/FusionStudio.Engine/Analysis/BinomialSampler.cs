using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Analysis;

/// <summary>
/// Exact binomial draws in O(log n) steps, so that a bootstrap over 100,000 prompts does not draw 100,000 numbers
/// per resample. Knuth's beta-splitting (TAOCP vol. 2, 3.4.1 F): the a-th smallest of n uniforms is Beta(a, n+1-a);
/// the uniforms below it are uniform on [0, X), those above on (X, 1), so the count below p recurses into one side.
/// Beta comes from two Marsaglia–Tsang gamma draws. Small n is drawn trial by trial.
/// </summary>
public sealed class BinomialSampler(StableRandom random)
{
    private const int DirectTrials = 48;

    public int Sample(int trials, double probability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        var successes = 0;
        var n = trials;
        var p = probability;
        while (n > DirectTrials)
        {
            if (p <= 0)
            {
                return successes;
            }

            if (p >= 1)
            {
                return successes + n;
            }

            var a = 1 + (n / 2);
            var b = n + 1 - a;
            var x = Beta(a, b);
            if (x >= p)
            {
                n = a - 1;
                p /= x;
            }
            else
            {
                successes += a;
                n = b - 1;
                p = (p - x) / (1 - x);
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (NextUniform() < p)
            {
                successes++;
            }
        }

        return successes;
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public double NextUniform() => (random.NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private double Beta(double a, double b)
    {
        var x = Gamma(a);
        var y = Gamma(b);
        return x / (x + y);
    }

    // Marsaglia and Tsang (2000), for shape >= 1 (the splitting only asks for shapes of at least 1).
    private double Gamma(double shape)
    {
        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            var z = Normal();
            var v = 1.0 + (c * z);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            var u = NextUniform();
            if (u < 1.0 - (0.0331 * z * z * z * z) || Math.Log(u) < (0.5 * z * z) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    // Box–Muller; 1 - u keeps the logarithm finite.
    private double Normal() => Math.Sqrt(-2.0 * Math.Log(1.0 - NextUniform())) * Math.Cos(2.0 * Math.PI * NextUniform());
}
