namespace FusionStudio.Web.Library;

/// <summary>
/// Proof that the person behind a library write may edit: only <see cref="EditorCheck"/> hands one out, and every
/// store method that writes asks for one. <see cref="Name"/> is recorded as the author where the library keeps one.
/// </summary>
public sealed class LibraryEditor
{
    internal LibraryEditor(string? name)
    {
        Name = name;
    }

    public string? Name { get; }
}
