using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>Reads a prompt's final pairwise verdicts from the side of one method, for <see cref="ExportJudgeFilter"/>.</summary>
public static class JudgeVerdicts
{
    /// <summary>Whether the judge filter keeps an answer of <paramref name="method"/> given the prompt's comparisons.</summary>
    public static bool Keeps(ExportJudgeFilter filter, AggregationMethod method, IEnumerable<ExportComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        if (filter == ExportJudgeFilter.Any)
        {
            return true;
        }

        var won = false;
        foreach (var comparison in comparisons)
        {
            var side = comparison.MethodA == method ? PairVerdict.A : comparison.MethodB == method ? PairVerdict.B : (PairVerdict?)null;
            if (side is null || comparison.Final is not { } final || final == PairVerdict.Tie)
            {
                continue;
            }

            if (final != side)
            {
                return false;
            }

            won = true;
        }

        return filter == ExportJudgeFilter.NotBeaten || won;
    }
}
