namespace FusionStudio.Web.Api;

/// <summary>The groups the OpenAPI document sorts endpoints into.</summary>
internal static class ApiTags
{
    public const string Account = "Account";
    public const string Datasets = "Datasets";
    public const string Runs = "Runs";
    public const string Routing = "Routing";
    public const string Thoughts = "Thought templates";
}
