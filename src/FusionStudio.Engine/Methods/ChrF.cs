namespace FusionStudio.Engine.Methods;

/// <summary>
/// chrF (Popović 2015): the F-score of character n-gram precision and recall, each averaged over n = 1..6, with
/// β = 2 so recall weighs more. As in sacrebleu's default: whitespace is removed, and an order at which either text
/// has no n-grams (a text shorter than n) is left out of the averages. Scores run from 0 to 100.
/// </summary>
public static class ChrF
{
    public const int MaxOrder = 6;

    public const double Beta = 2.0;

    public static double Score(string hypothesis, string reference) =>
        Score(CharNGramProfile.Of(hypothesis), CharNGramProfile.Of(reference));

    public static double Score(CharNGramProfile hypothesis, CharNGramProfile reference)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        ArgumentNullException.ThrowIfNull(reference);
        double precisionSum = 0, recallSum = 0;
        var effectiveOrders = 0;
        for (var n = 1; n <= MaxOrder; n++)
        {
            var hypothesisTotal = hypothesis.Total(n);
            var referenceTotal = reference.Total(n);
            if (hypothesisTotal == 0 || referenceTotal == 0)
            {
                continue;
            }

            var matches = hypothesis.Matches(reference, n);
            precisionSum += (double)matches / hypothesisTotal;
            recallSum += (double)matches / referenceTotal;
            effectiveOrders++;
        }

        if (effectiveOrders == 0)
        {
            return 0;
        }

        var precision = precisionSum / effectiveOrders;
        var recall = recallSum / effectiveOrders;
        const double betaSquared = Beta * Beta;
        return precision + recall == 0
            ? 0
            : 100 * (1 + betaSquared) * precision * recall / ((betaSquared * precision) + recall);
    }
}
