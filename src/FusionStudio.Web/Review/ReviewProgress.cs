namespace FusionStudio.Web.Review;

/// <summary>How far one reviewer is through a queue, and how many people reviewed the run at all.</summary>
public sealed record ReviewProgress(int Reviewable, int ReviewedByMe, int Reviewers)
{
    public static ReviewProgress None { get; } = new(0, 0, 0);

    public bool Done => Reviewable > 0 && ReviewedByMe >= Reviewable;

    public double Percent => Reviewable == 0 ? 0 : 100.0 * ReviewedByMe / Reviewable;
}
