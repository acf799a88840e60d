using System.Globalization;
using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.Web.Components.Pages.Runs.Report;

/// <summary>How the report writes its figures; the figures themselves come from Engine.Analysis.</summary>
public static class ReportText
{
    private static readonly CultureInfo _culture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"62.5%": one decimal, enough to tell intervals apart.</summary>
    public static string Percent(double share) => (100 * share).ToString("0.0", _culture) + "%";

    public static string Interval(ConfidenceInterval? interval) =>
        interval is null ? "–" : $"{Percent(interval.Lower)} – {Percent(interval.Upper)}";

    /// <summary>
    /// Every cost of the report at one precision, four decimals ("$0.0042", "$12.3400"), so a column lines up and
    /// two figures compare digit by digit; a cost too small for that says so rather than showing zero.
    /// </summary>
    public static string Cost(decimal amount) => amount switch
    {
        0m => "$0.0000",
        > 0m and < 0.0001m => "< $0.0001",
        _ => amount.ToString("$#,0.0000", _culture),
    };

    public static string Score(double? score) => score is { } value ? value.ToString("0.00", _culture) : "–";

    public static string Kappa(double? kappa) => kappa is { } value ? value.ToString("0.00", _culture) : "not defined";

    public static string KappaInterval(ConfidenceInterval? interval) =>
        interval is null ? "–" : $"{Kappa(interval.Lower)} – {Kappa(interval.Upper)}";

    /// <summary>"Arabic (ar)": the name people read and the tag the data holds.</summary>
    public static string Language(string tag)
    {
        var name = LanguageNames.Describe(tag);
        return name.Equals(tag, StringComparison.OrdinalIgnoreCase) ? tag : $"{name} ({tag})";
    }

    public static string Latency(double? milliseconds) => milliseconds switch
    {
        null => "–",
        < 1000 => milliseconds.Value.ToString("0", _culture) + " ms",
        _ => (milliseconds.Value / 1000).ToString("0.0#", _culture) + " s",
    };
}
