using System.Globalization;

namespace FusionStudio.Web.Components.Pages.Runs.Parts;

/// <summary>How the run pages write numbers: money in dollars, tokens and counts with thousands separators.</summary>
public static class RunText
{
    private static readonly CultureInfo _culture = CultureInfo.GetCultureInfo("en-US");

    public static string Money(decimal amount) => amount switch
    {
        0m => "$0",
        < 0.01m => amount.ToString("$0.######", _culture),
        < 100m => amount.ToString("$0.####", _culture),
        _ => amount.ToString("$#,0.00", _culture),
    };

    public static string Count(long value) => value.ToString("N0", _culture);

    /// <summary>"912", "31.2 k", "1.25 M": token counts only need three figures.</summary>
    public static string Tokens(long value) => value switch
    {
        >= 1_000_000 => (value / 1_000_000d).ToString("#,0.##", _culture) + " M",
        >= 10_000 => (value / 1_000d).ToString("0.#", _culture) + " k",
        _ => value.ToString("N0", _culture),
    };

    public static string Percent(int part, int whole) => whole == 0 ? "0%" : (100.0 * part / whole).ToString("0", _culture) + "%";

    public static string Plural(long count, string noun) => $"{Count(count)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>A moment as every page writes it: in UTC, and saying so, since a team reads it across time zones.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", _culture);
}
