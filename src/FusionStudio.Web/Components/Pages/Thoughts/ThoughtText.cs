using System.Globalization;

namespace FusionStudio.Web.Components.Pages.Thoughts;

/// <summary>How the thought template pages write figures.</summary>
internal static class ThoughtText
{
    public static string Cost(decimal cost) => cost.ToString("$0.0000", CultureInfo.InvariantCulture);

    public static string Score(double? score) => score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
