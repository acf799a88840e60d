using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Exports;

/// <summary>
/// What people preferred for one prompt's pair of methods: the verdict most of its reviews gave, when that verdict
/// is A or B and no other verdict got as many. Ties and "both bad" give no preference.
/// </summary>
public sealed record HumanPreference(AggregationMethod Preferred, AggregationMethod Other)
{
    /// <summary>The first pair (in method order) of the prompt's reviews that has a preference.</summary>
    public static HumanPreference? Find(IEnumerable<ExportReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        foreach (var pair in reviews.GroupBy(r => (r.MethodA, r.MethodB)).OrderBy(g => g.Key.MethodA).ThenBy(g => g.Key.MethodB))
        {
            var counts = pair.GroupBy(r => r.Verdict).Select(g => (Verdict: g.Key, Count: g.Count())).OrderByDescending(v => v.Count).ToList();
            var unique = counts.Count == 1 || counts[0].Count > counts[1].Count;
            if (!unique)
            {
                continue;
            }

            switch (counts[0].Verdict)
            {
                case HumanVerdict.A:
                    return new HumanPreference(pair.Key.MethodA, pair.Key.MethodB);
                case HumanVerdict.B:
                    return new HumanPreference(pair.Key.MethodB, pair.Key.MethodA);
            }
        }

        return null;
    }
}
