using System.Globalization;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// How a prompt's language is named to a model: "German" reads better than the tag "de". Unknown tags, or a
/// runtime without culture data, give the tag itself.
/// </summary>
public static class LanguageNames
{
    public static string Describe(string tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return tag;
        }

        try
        {
            var name = CultureInfo.GetCultureInfo(tag, predefinedOnly: true).EnglishName;
            return string.IsNullOrEmpty(name) || name.Equals(tag, StringComparison.OrdinalIgnoreCase) ? tag : name;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
