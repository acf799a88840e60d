using System.Globalization;

namespace FusionStudio.Web.Components.Shared;

/// <summary>
/// A number read from a page's address. Pages take query values as text and read them through this, so an address
/// someone typed wrong (<c>?from=abc</c>, a number too large) shows the page with a message instead of failing.
/// </summary>
public readonly record struct QueryNumber(string? Text)
{
    /// <summary>The number, or null when absent or unreadable.</summary>
    public int? Value => int.TryParse(Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    /// <summary>Something was given that is not a positive whole number within range.</summary>
    public bool IsInvalid => !string.IsNullOrEmpty(Text) && Value is null;

    public string Problem(string name, string what) => $"\"{Text}\" in the address ({name}=) is not {what}.";
}
