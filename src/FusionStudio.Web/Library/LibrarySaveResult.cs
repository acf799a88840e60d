namespace FusionStudio.Web.Library;

/// <summary>The outcome of a library write: the row's id, or errors by field (a form shows them next to the field).</summary>
public sealed record LibrarySaveResult(int? Id, IReadOnlyDictionary<string, string> FieldErrors)
{
    /// <summary>The key of errors that belong to the whole form rather than one field.</summary>
    public const string FormField = "";

    public bool Succeeded => Id is not null;

    public static LibrarySaveResult Refused { get; } = Failed(FormField, EditorCheck.Denied);

    public static LibrarySaveResult Saved(int id) => new(id, new Dictionary<string, string>());

    public static LibrarySaveResult Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });

    public static LibrarySaveResult Failed(IReadOnlyDictionary<string, string> errors) => new(null, errors);

    /// <summary>The error of one field, or null.</summary>
    public string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);
}
