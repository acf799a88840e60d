using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Security;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Gateway.Outbound;
using FusionStudio.Jobs.Routing;
using FusionStudio.Web;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>The planner and its queries over a test database, with the app's Editor policy and signed-in people by role.</summary>
public static class PlannerServices
{
    public static RunPlanner Planner(RunPagesDatabase database) =>
        new(database, new EditorCheck(Authorization()), TimeProvider.System, new RunFormOptionsQuery(database), new ThoughtHintCheck(new ServiceCollection().AddSingleton(EmbeddingModels(database)).BuildServiceProvider()));

    public static EmbeddingModels EmbeddingModels(RunPagesDatabase database) => new(
        database,
        new ApiKeyProtector(new EphemeralDataProtectionProvider()),
        new BuiltInEmbeddingGenerator(),
        new ProviderEmbeddingGenerators(new ProviderAddressPolicy(Options.Create(new ProviderNetworkOptions()))),
        new EmbeddingCache(new InMemoryEmbeddingStore()));

    public static IAuthorizationService Authorization()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationCore(options =>
            options.AddPolicy(AuthorizationPolicies.Editor, policy => policy.RequireRole(AppRoles.Admin, AppRoles.Member)));
        return services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }

    public static ClaimsPrincipal Person(string role, string email = "member@example.test") =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, role)], "test"));
}
