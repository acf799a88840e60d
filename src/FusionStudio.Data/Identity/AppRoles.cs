namespace FusionStudio.Data.Identity;

/// <summary>The three roles: Admins manage everything, Members run and review, Viewers read.</summary>
public static class AppRoles
{
    public const string Admin = "Admin";
    public const string Member = "Member";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Member, Viewer];

    /// <summary>Roles allowed to change things (start runs, edit the library, vote).</summary>
    public const string Editors = Admin + "," + Member;
}
