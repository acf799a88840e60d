namespace FusionStudio.Web.Api.Me;

/// <summary>Who a request acts as.</summary>
/// <param name="Authentication"><c>token</c> for a personal API token, <c>cookie</c> for a signed-in browser.</param>
/// <param name="TokenPrefix">The first characters of the token used, if one was.</param>
public sealed record MeResponse(string UserId, string? Email, IReadOnlyList<string> Roles, bool CanEdit, string Authentication, string? TokenPrefix);
