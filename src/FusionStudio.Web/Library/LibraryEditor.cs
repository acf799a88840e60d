namespace FusionStudio.Web.Library;

/// <summary>
/// Proof that the person behind a library write may edit: only <see cref="EditorCheck"/> hands one out, and every
/// store method that writes asks for one. <see cref="Name"/> is recorded as the author where the library keeps one.
/// Providers hold keys that spend money and reach other networks, so only an editor who <see cref="IsAdmin"/> may
/// change or test them.
/// </summary>
public sealed class LibraryEditor
{
    internal LibraryEditor(string? name, bool isAdmin = false)
    {
        Name = name;
        IsAdmin = isAdmin;
    }

    public string? Name { get; }

    public bool IsAdmin { get; }
}
