using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.Library;

/// <summary>
/// The server's own run of an input's DataAnnotations: the form checks the same attributes as you type, but a store
/// never trusts that the form did.
/// </summary>
public static class InputValidation
{
    /// <summary>The first error of each invalid field, by property name.</summary>
    public static Dictionary<string, string> Validate(object input, string prefix = "")
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(LibrarySaveResult.FormField))
            {
                errors.TryAdd(prefix + member, result.ErrorMessage ?? "This value is not valid.");
            }
        }

        return errors;
    }
}
