namespace FusionStudio.Engine.Exports;

/// <summary>Keeps prompts by their blind human reviews. A and B are the two methods of a reviewed pair.</summary>
public enum ExportHumanFilter
{
    Any = 0,
    Reviewed = 1,
    Unreviewed = 2,
    PreferA = 3,
    PreferB = 4,
    Tie = 5,
    BothBad = 6,
}
