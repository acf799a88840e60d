namespace FusionStudio.Web.Admin;

/// <summary>One person on the admin page: who they are and their role.</summary>
public sealed record UserRow(string Id, string Email, string? DisplayName, string Role);
