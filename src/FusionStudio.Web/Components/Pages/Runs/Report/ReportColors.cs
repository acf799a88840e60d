namespace FusionStudio.Web.Components.Pages.Runs.Report;

/// <summary>
/// The report's chart colours, from the Okabe–Ito palette, which people with the common colour-vision deficiencies
/// can tell apart: a win is bluish green, a loss vermillion, a tie grey, everywhere.
/// </summary>
public static class ReportColors
{
    public const string Win = "#009E73";

    public const string Tie = "#999999";

    public const string Loss = "#D55E00";

    /// <summary>Wins, ties, losses: in the order the stacked bars draw them.</summary>
    public static string[] Outcomes { get; } = [Win, Tie, Loss];

    /// <summary>One colour per method, for charts that compare methods.</summary>
    public static string[] Methods { get; } = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
}
