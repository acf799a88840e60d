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
            // Every colour reaches 4.5:1 (WCAG AA) against white both as text and as a fill under white text.
            Primary = "#4F46E5",
            Secondary = "#0F766E",
            Tertiary = "#B45309",
            Info = "#1D4ED8",
            Success = "#15803D",
            Warning = "#B45309",
            Error = "#B91C1C",
            TextSecondary = "#5B5B66",
            AppbarBackground = "#1E1B4B",
            AppbarText = "#FFFFFF",
            Background = "#F7F7FB",
            DrawerBackground = "#FFFFFF",
        },
        PaletteDark = new PaletteDark
        {
            // Light colours on a dark page: fills carry dark text to keep 4.5:1 (WCAG AA).
            Primary = "#818CF8",
            PrimaryContrastText = "#0F0E1A",
            Secondary = "#2DD4BF",
            SecondaryContrastText = "#0F0E1A",
            Tertiary = "#FBBF24",
            TertiaryContrastText = "#0F0E1A",
            Info = "#60A5FA",
            InfoContrastText = "#0F0E1A",
            Success = "#4ADE80",
            SuccessContrastText = "#0F0E1A",
            Warning = "#FBBF24",
            WarningContrastText = "#0F0E1A",
            Error = "#F87171",
            ErrorContrastText = "#0F0E1A",
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
