namespace FusionStudio.Web.Admin;

/// <summary>One person on the admin page: who they are, their role, and whether an admin locked them out.</summary>
public sealed record UserRow(string Id, string Email, string? DisplayName, string Role, bool Locked = false);
