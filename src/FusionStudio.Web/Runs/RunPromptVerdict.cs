namespace FusionStudio.Web.Runs;

/// <summary>The pairwise judge's final verdict on a prompt, seen from the first method of the pair.</summary>
public enum RunPromptVerdict
{
    Win = 0,
    Tie = 1,
    Loss = 2,

    /// <summary>Not compared yet, or the comparison failed.</summary>
    None = 3,
}
