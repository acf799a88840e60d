using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.Security.Sessions;

/// <summary>How quickly a role change, lock or logout reaches sessions that are already open. Section <c>Sessions</c>.</summary>
public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>
    /// How old a login cookie's check may be before a request checks it against the account again (security stamp
    /// and roles). Zero checks every request: a demoted or logged-out cookie stops working at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan CookieValidationInterval { get; set; } = TimeSpan.Zero;

    /// <summary>How often an open page (a Blazor circuit) checks its account; one that fails is sent to login.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan CircuitRevalidationInterval { get; set; } = TimeSpan.FromSeconds(10);
}
