using FusionStudio.Engine.Imports;

namespace FusionStudio.Web.Library;

/// <summary>Language tags the forms suggest; any well-formed BCP 47 tag is accepted.</summary>
public static class LanguageCodes
{
    public static IReadOnlyList<(string Code, string Name)> Common { get; } =
    [
        ("en", "English"), ("de", "German"), ("fr", "French"), ("es", "Spanish"), ("it", "Italian"), ("pt", "Portuguese"),
        ("nl", "Dutch"), ("pl", "Polish"), ("ru", "Russian"), ("uk", "Ukrainian"), ("tr", "Turkish"), ("ar", "Arabic"),
        ("he", "Hebrew"), ("fa", "Persian"), ("hi", "Hindi"), ("bn", "Bengali"), ("zh", "Chinese"), ("ja", "Japanese"),
        ("ko", "Korean"), ("vi", "Vietnamese"), ("id", "Indonesian"), ("th", "Thai"), ("sw", "Swahili"), ("el", "Greek"),
        ("sv", "Swedish"), ("cs", "Czech"),
    ];

    public static string Describe(string code) =>
        Common.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { Name: not null } known
            ? $"{known.Code} · {known.Name}"
            : code;

    /// <summary>Whether the text is a language tag like <c>en</c>, <c>pt-BR</c> or <c>zh-Hans</c>.</summary>
    public static bool IsValid(string? code) => LanguageTags.IsValid(code);

    public const string InvalidMessage = LanguageTags.InvalidMessage;
}
