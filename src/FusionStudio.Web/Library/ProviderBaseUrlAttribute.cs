using System.ComponentModel.DataAnnotations;
using FusionStudio.Domain.Providers;

namespace FusionStudio.Web.Library;

/// <summary>
/// An OpenAI-compatible provider needs an absolute http(s) base URL; the simulated provider has none. Reads the
/// provider's kind from the input being validated.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProviderBaseUrlAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (validationContext.ObjectInstance is ProviderInput { Kind: ProviderKind.Simulated })
        {
            return ValidationResult.Success;
        }

        var memberNames = validationContext.MemberName is { } member ? new[] { member } : null;
        var text = (value as string)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new ValidationResult("Enter the base URL of the API, e.g. https://api.openai.com/v1.", memberNames);
        }

        if (!IsHttpUrl(text))
        {
            return new ValidationResult("Enter an absolute http:// or https:// URL, e.g. http://localhost:11434/v1.", memberNames);
        }

        if (!string.IsNullOrEmpty(new Uri(text).UserInfo))
        {
            return new ValidationResult("Leave user names and passwords out of the URL; enter the key in the key field.", memberNames);
        }

        return ValidationResult.Success;
    }

    public static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
