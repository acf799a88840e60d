namespace FusionStudio.Web.Review;

/// <summary>A vote as the reviewer gives it, in screen terms: the answer on the left, the one on the right, or neither.</summary>
public enum ReviewChoice
{
    Left = 0,
    Right = 1,
    Tie = 2,
    BothBad = 3,
}
