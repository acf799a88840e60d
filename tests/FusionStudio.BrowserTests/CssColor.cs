using System.Globalization;
using System.Text.RegularExpressions;

namespace FusionStudio.BrowserTests;

/// <summary>Reads the <c>rgb(r, g, b)</c> colours that <c>getComputedStyle</c> returns.</summary>
public static partial class CssColor
{
    /// <summary>Perceived brightness from 0 (black) to 255 (white).</summary>
    public static double Brightness(string cssColor)
    {
        var match = Rgb().Match(cssColor);
        if (!match.Success)
        {
            throw new FormatException($"Not an rgb() colour: {cssColor}");
        }

        double Channel(string name) => double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return (0.299 * Channel("r")) + (0.587 * Channel("g")) + (0.114 * Channel("b"));
    }

    [GeneratedRegex(@"rgba?\((?<r>\d+(\.\d+)?),\s*(?<g>\d+(\.\d+)?),\s*(?<b>\d+(\.\d+)?)")]
    private static partial Regex Rgb();
}
