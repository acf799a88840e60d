namespace FusionStudio.Web.Security;

public static class AuthorizationPolicies
{
    /// <summary>Admins only: users, workers, the Hangfire dashboard.</summary>
    public const string Admin = "Admin";

    /// <summary>Admins and Members: anything that changes data or spends money.</summary>
    public const string Editor = "Editor";
}
