using System.Security.Cryptography;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Prompts;
using FusionStudio.Web.Library;
using FusionStudio.Web.Recipes;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Demo;

/// <summary>
/// The demo's served recipe: <see cref="RecipeName"/>, a FusioN recipe over the simulated demo pool, and a
/// serving-only token of the demo admin to call it with. Like the admin's password, the token's secret is kept
/// encrypted and printed on every start while the token is active, so <c>curl</c> works a minute after the first start.
/// </summary>
internal sealed class DemoRecipeSeeder(
    FusionDbContext db,
    RecipeStore recipes,
    ApiTokenStore tokens,
    UserManager<AppUser> users,
    IDataProtectionProvider protection,
    IOptions<Hosting.DemoOptions> options,
    ILogger<DemoRecipeSeeder> logger)
{
    public const string RecipeName = "demo-fusion";

    private const string TokenProvider = "FusionStudio.Demo";
    private const string TokenName = "ServingToken";

    private IDataProtector Protector => protection.CreateProtector("FusionStudio.Demo.ServingToken");

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(options.Value.AdminEmail) is not { } admin)
        {
            return;
        }

        if (!await db.Recipes.AnyAsync(r => r.Name == RecipeName, cancellationToken) && !await CreateRecipeAsync(cancellationToken))
        {
            return;
        }

        var stored = await users.GetAuthenticationTokenAsync(admin, TokenProvider, TokenName);
        if (stored is null)
        {
            var created = await tokens.CreateAsync(admin.Id, new ApiTokenRequest("Demo recipe (serving only)", null) { ServingOnly = true }, cancellationToken);
            if (created.Created is not { } token)
            {
                return;
            }

            await users.SetAuthenticationTokenAsync(admin, TokenProvider, TokenName, Protector.Protect(token.Secret.Value));
            Announce(token.Secret.Value);
            return;
        }

        string? secret;
        try
        {
            secret = Protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            secret = null;
        }

        var hash = secret is null ? null : ApiTokenSecret.HashOf(secret);
        if (hash is not null && await db.ApiTokens.AnyAsync(t => t.SecretHash == hash && t.RevokedAt == null, cancellationToken))
        {
            Announce(secret!);
            return;
        }

        // Revoked by its owner: from now on the console keeps quiet about it.
        await users.RemoveAuthenticationTokenAsync(admin, TokenProvider, TokenName);
    }

    private async Task<bool> CreateRecipeAsync(CancellationToken cancellationToken)
    {
        var poolId = await db.TeacherPools.Where(p => p.Name == DemoSeeder.PoolName).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        var fusorId = await db.Teachers.Where(t => t.Name == DemoTeachers.Fusor.Name).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        var templateId = await db.PromptTemplates.Where(t => t.IsBuiltIn && t.Kind == PromptTemplateKind.Fusor).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        if (poolId is null || fusorId is null || templateId is null)
        {
            return false;
        }

        var saved = await recipes.CreateAsync(
            new RecipeInput
            {
                Name = RecipeName,
                Description = "The demo pool's four simulated teachers, fused by the simulated fusor. Its answers are synthetic.",
                PoolId = poolId,
                FusorTeacherId = fusorId,
                FusorTemplateId = templateId,
                CallTimeoutSeconds = 30,
                RequestTimeoutSeconds = 60,
            },
            new LibraryEditor("demo"),
            cancellationToken);
        if (saved.Succeeded)
        {
            logger.LogInformation("Seeded the demo recipe {Recipe}", RecipeName);
        }

        return saved.Succeeded;
    }

    private static void Announce(string secret) =>
        // Printed, never logged: the console is the only place this secret appears.
        Console.WriteLine($"""

            ================================================================
              FusionStudio demo recipe "{RecipeName}" at /v1/chat/completions
                token: {secret}
              (serving only; shown on every start until revoked under API tokens)
            ================================================================

            """);
}
