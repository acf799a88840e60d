using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FusionStudio.Domain.Review;

namespace FusionStudio.Web.Review;

/// <summary>
/// Which side each method's answer is shown on, and how a vote on a side becomes a verdict on a method. The side is
/// random per reviewer and prompt, yet the same every time the reviewer comes back, so moving back and forth never
/// swaps the answers under a person's eyes.
/// </summary>
public static class ReviewSides
{
    /// <summary>Whether method A's answer goes on the left, from a hash of the run seed, prompt and reviewer.</summary>
    public static bool AShownLeft(int runSeed, long promptId, string reviewerId)
    {
        ArgumentNullException.ThrowIfNull(reviewerId);
        // A cryptographic hash only for its even spread; string.GetHashCode changes with every process start.
        var key = string.Create(CultureInfo.InvariantCulture, $"{runSeed}:{promptId}:{reviewerId}");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return (hash[0] & 1) == 0;
    }

    public static HumanVerdict ToVerdict(ReviewChoice choice, bool aShownLeft) => choice switch
    {
        ReviewChoice.Left => aShownLeft ? HumanVerdict.A : HumanVerdict.B,
        ReviewChoice.Right => aShownLeft ? HumanVerdict.B : HumanVerdict.A,
        ReviewChoice.Tie => HumanVerdict.Tie,
        ReviewChoice.BothBad => HumanVerdict.BothBad,
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Unknown choice."),
    };

    public static ReviewChoice ToChoice(HumanVerdict verdict, bool aShownLeft) => verdict switch
    {
        HumanVerdict.A => aShownLeft ? ReviewChoice.Left : ReviewChoice.Right,
        HumanVerdict.B => aShownLeft ? ReviewChoice.Right : ReviewChoice.Left,
        HumanVerdict.Tie => ReviewChoice.Tie,
        HumanVerdict.BothBad => ReviewChoice.BothBad,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}
