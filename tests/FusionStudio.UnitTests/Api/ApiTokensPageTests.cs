using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Bunit;
using Bunit.TestDoubles;
using FusionStudio.Data.Identity;
using FusionStudio.UnitTests.Components;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web.Components.Pages.Account;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FusionStudio.UnitTests.Api;

/// <summary>The API tokens page on a real SQLite database, signed in as a Viewer: every role may hold tokens.</summary>
public sealed class ApiTokensPageTests : MudTestContext, IAsyncLifetime
{
    private const string UserId = "user-1";
    private readonly RunPagesDatabase _database = new();
    private readonly BunitAuthorizationContext _auth;

    public ApiTokensPageTests()
    {
        Services.AddSingleton<IDbContextFactory<FusionStudio.Data.FusionDbContext>>(_database);
        Services.AddTransient<FusionStudio.Data.Calls.RunCallLog>();
        Services.AddTransient<ApiTokenStore>();
        _auth = AddAuthorization();
        _auth.SetAuthorized("viewer@example.test");
        _auth.SetRoles(AppRoles.Viewer);
        _auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId));

        using var db = _database.CreateDbContext();
        db.Users.Add(new AppUser { Id = UserId, UserName = "viewer@example.test", Email = "viewer@example.test" });
        db.Users.Add(new AppUser { Id = "someone-else", UserName = "other@example.test", Email = "other@example.test" });
        db.SaveChanges();
        Render<MudPopoverProvider>();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_new_tokens_secret_is_shown_once_and_never_again()
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ApiTokensPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=create-token]"));

        InputOf(page, "token-name").Input("nightly export");
        page.Find("[data-testid=create-token]").Click();

        var secret = "";
        dialogs.WaitForAssertion(() =>
        {
            secret = InputOf(dialogs, "token-secret").GetAttribute("value") ?? "";
            Assert.StartsWith("fs_", secret, StringComparison.Ordinal);
        });
        Assert.Contains("shown only once", dialogs.Find("[data-testid=token-once-warning]").TextContent, StringComparison.Ordinal);
        await using (var db = _database.CreateDbContext())
        {
            var stored = await db.ApiTokens.SingleAsync();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.SecretHash);
            Assert.Equal("nightly export", stored.Name);
            Assert.Equal(UserId, stored.UserId);
            Assert.NotNull(stored.ExpiresAt);
        }

        page.WaitForAssertion(() => Assert.Equal(secret[..10] + "…", page.Find("[data-testid=token-prefix]").TextContent));
        dialogs.Find("[data-testid=close-token-dialog]").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=token-secret]")));

        // A reload: a new page over the same database knows the token but not its secret.
        var reloaded = Render<ApiTokensPage>();
        reloaded.WaitForAssertion(() => Assert.Single(reloaded.FindAll("[data-testid=token-table] tbody tr")));
        Assert.DoesNotContain(secret, reloaded.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, dialogs.Markup, StringComparison.Ordinal);
        Assert.Contains(secret[..10], reloaded.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_see_and_revoke_everyones_tokens()
    {
        _auth.SetRoles(AppRoles.Admin);
        var store = Services.GetRequiredService<ApiTokenStore>();
        var theirs = await store.CreateAsync("someone-else", new ApiTokenRequest("their script", null));
        var dialogs = Render<MudDialogProvider>();

        var page = Render<ApiTokensPage>();

        page.WaitForAssertion(() => Assert.Contains("other@example.test", page.Find("[data-testid=all-token-table]").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=all-token-table] [data-testid=revoke-token]").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click());
        page.WaitForAssertion(() => Assert.Equal("Revoked", page.Find("[data-testid=all-token-table] [data-testid=token-status]").TextContent.Trim()));
        await using var db = _database.CreateDbContext();
        Assert.NotNull((await db.ApiTokens.SingleAsync(t => t.Id == theirs.Created!.Token.Id)).RevokedAt);
    }

    [Fact]
    public async Task An_admins_own_tokens_are_listed_once()
    {
        _auth.SetRoles(AppRoles.Admin);
        _auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId));
        var store = Services.GetRequiredService<ApiTokenStore>();
        var mine = await store.CreateAsync(UserId, new ApiTokenRequest("my notebook", null));
        Assert.Null(mine.Error);
        await store.CreateAsync("someone-else", new ApiTokenRequest("their script", null));

        var page = Render<ApiTokensPage>();

        page.WaitForAssertion(() => Assert.Contains("their script", page.Find("[data-testid=all-token-table]").TextContent, StringComparison.Ordinal));
        Assert.Contains("my notebook", page.Find("[data-testid=token-table]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("my notebook", page.Find("[data-testid=all-token-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewers_do_not_see_everyones_tokens()
    {
        await Services.GetRequiredService<ApiTokenStore>().CreateAsync("someone-else", new ApiTokenRequest("their script", null));

        var page = Render<ApiTokensPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=create-token]"));
        Assert.Empty(page.FindAll("[data-testid=all-token-table]"));
        Assert.DoesNotContain("their script", page.Markup, StringComparison.Ordinal);
    }

    /// <summary>The input of a text field, wherever MudBlazor puts the field's test id.</summary>
    private static AngleSharp.Dom.IElement InputOf(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string testId)
    {
        var element = component.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException($"{testId} has no input.");
    }

    [Fact]
    public async Task A_token_is_revoked_after_confirmation()
    {
        var store = Services.GetRequiredService<ApiTokenStore>();
        var created = await store.CreateAsync(UserId, new ApiTokenRequest("old script", null));
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ApiTokensPage>();
        page.WaitForAssertion(() => Assert.Equal("Active", page.Find("[data-testid=token-status]").TextContent.Trim()));

        page.Find("[data-testid=revoke-token]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("will be refused", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click();

        page.WaitForAssertion(() => Assert.Equal("Revoked", page.Find("[data-testid=token-status]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=revoke-token]"));
        await using var db = _database.CreateDbContext();
        Assert.NotNull((await db.ApiTokens.SingleAsync(t => t.Id == created.Created!.Token.Id)).RevokedAt);
    }

    [Fact]
    public async Task Keeping_a_token_leaves_it_active()
    {
        var store = Services.GetRequiredService<ApiTokenStore>();
        await store.CreateAsync(UserId, new ApiTokenRequest("keep me", null));
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ApiTokensPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=revoke-token]"));

        page.Find("[data-testid=revoke-token]").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Keep it").Click());

        await using var db = _database.CreateDbContext();
        Assert.Null((await db.ApiTokens.SingleAsync()).RevokedAt);
        Assert.Equal("Active", page.Find("[data-testid=token-status]").TextContent.Trim());
    }

    [Fact]
    public async Task A_token_without_a_name_is_not_created()
    {
        var page = Render<ApiTokensPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=create-token]"));

        page.Find("[data-testid=create-token]").Click();

        page.WaitForAssertion(() => Assert.Contains("Enter a name", page.Markup, StringComparison.Ordinal));
        await using var db = _database.CreateDbContext();
        Assert.False(await db.ApiTokens.AnyAsync());
    }

    [Fact]
    public async Task Only_my_own_tokens_are_listed()
    {
        var store = Services.GetRequiredService<ApiTokenStore>();
        await store.CreateAsync("someone-else", new ApiTokenRequest("not mine", null));
        await store.CreateAsync(UserId, new ApiTokenRequest("mine", null));

        var page = Render<ApiTokensPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=token-table] tbody tr")));
        Assert.Contains("mine", page.Find("[data-testid=token-table] tbody").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not mine", page.Markup, StringComparison.Ordinal);
    }
}
