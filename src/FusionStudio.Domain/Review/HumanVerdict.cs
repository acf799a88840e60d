namespace FusionStudio.Domain.Review;

public enum HumanVerdict
{
    A = 0,
    B = 1,
    Tie = 2,
    BothBad = 3,
}
