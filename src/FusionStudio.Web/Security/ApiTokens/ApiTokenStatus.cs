namespace FusionStudio.Web.Security.ApiTokens;

public enum ApiTokenStatus
{
    Active = 0,
    Expired = 1,
    Revoked = 2,
}
