namespace FusionStudio.Web.Components.Layout;

/// <summary>The light or dark theme a person chose, kept in a cookie (set by <c>fusionStudio.setTheme</c> in app.js).</summary>
internal static class ThemePreference
{
    public const string CookieName = "fusionstudio.theme";

    public static bool IsDark(IRequestCookieCollection cookies) => cookies[CookieName] == "dark";

    public static string Name(bool dark) => dark ? "dark" : "light";
}
