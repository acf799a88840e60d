using System.Text.RegularExpressions;

namespace FusionStudio.Engine.Imports;

/// <summary>
/// The one language-tag rule of the app (datasets, log imports, forms): any well-formed BCP 47-like tag (en, pt-BR,
/// zh-Hans) is accepted.
/// </summary>
public static partial class LanguageTags
{
    public const string InvalidMessage = "is not a language code like en, pt-BR or zh-Hans";

    /// <summary>The longest tag stored (BCP 47 recommends supporting at least 35 characters).</summary>
    public const int MaxLength = 35;

    public static bool IsValid(string? code) => code is { Length: <= MaxLength } && TagPattern().IsMatch(code);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
