namespace FusionStudio.Domain.Runs;

/// <summary>The rule for a run's note: short enough to read on the runs list.</summary>
public static class RunNote
{
    public const int MaxLength = 500;
}
