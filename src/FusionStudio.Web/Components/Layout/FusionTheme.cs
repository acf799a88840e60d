using MudBlazor;

namespace FusionStudio.Web.Components.Layout;

/// <summary>FusionStudio's colours and type, light and dark. No web fonts: the system font stack is used.</summary>
internal static class FusionTheme
{
    private static readonly string[] _fontFamily =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4F46E5",
            Secondary = "#0EA5A4",
            Tertiary = "#F59E0B",
            AppbarBackground = "#1E1B4B",
            AppbarText = "#FFFFFF",
            Background = "#F7F7FB",
            DrawerBackground = "#FFFFFF",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#818CF8",
            Secondary = "#2DD4BF",
            Tertiary = "#FBBF24",
            AppbarBackground = "#111027",
            Background = "#0F0E1A",
            Surface = "#1A1930",
            DrawerBackground = "#16152A",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = _fontFamily },
            H1 = new H1Typography { FontFamily = _fontFamily },
            H2 = new H2Typography { FontFamily = _fontFamily },
            H3 = new H3Typography { FontFamily = _fontFamily },
            H4 = new H4Typography { FontFamily = _fontFamily, FontWeight = "600" },
            H5 = new H5Typography { FontFamily = _fontFamily, FontWeight = "600" },
            H6 = new H6Typography { FontFamily = _fontFamily, FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = _fontFamily, TextTransform = "none", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
