using FusionStudio.Web.Library;

namespace FusionStudio.Web.Components.Pages.Library;

/// <summary>
/// Errors the server found after a form's own checks passed, such as a name already taken. A field's error shows
/// under it (through the field's Validation function) until its value changes; errors of fields the form does not
/// show become one message for the whole form.
/// </summary>
public sealed class ServerFieldErrors
{
    private readonly Dictionary<string, (object? Value, string Message)> _errors = new(StringComparer.Ordinal);

    public string? FormError { get; private set; }

    public void Clear()
    {
        _errors.Clear();
        FormError = null;
    }

    public void SetFormError(string message)
    {
        Clear();
        FormError = message;
    }

    /// <param name="valueOf">The current value of each field the form shows, by the store's field key; others give false.</param>
    public void Show(LibrarySaveResult result, Func<string, (bool Shown, object? Value)> valueOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        Clear();
        var unshown = new List<string>();
        foreach (var (field, message) in result.FieldErrors)
        {
            var (shown, value) = valueOf(field);
            if (shown)
            {
                _errors[field] = (value, message);
            }
            else
            {
                unshown.Add(message);
            }
        }

        FormError = unshown.Count > 0 ? string.Join(" ", unshown) : null;
    }

    /// <summary>A Validation function for a field: the server's error while the field keeps the value it was refused with.</summary>
    public Func<T?, string?> For<T>(string field) =>
        value => _errors.TryGetValue(field, out var error) && Equals(error.Value, value) ? error.Message : null;
}
