using Bunit;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Providers;
using FusionStudio.Web;
using FusionStudio.Web.Components.Pages.Library.Providers;
using FusionStudio.Web.Library;
using FusionStudio.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Library;

public sealed class ProviderFormTests : LibraryTestContext
{
    private const string PlainKey = "sk-live-0123456789abcdefXYZ";

    public ProviderFormTests()
    {
        // Providers hold keys: only admins edit them.
        Auth.SetRoles(AppRoles.Admin);
        Auth.SetPolicies(AuthorizationPolicies.Editor, AuthorizationPolicies.Admin);
    }

    [Fact]
    public async Task Missing_name_bad_url_and_negative_price_are_shown_under_their_fields()
    {
        var page = Render<ProviderEdit>();
        page.WaitForElement("[data-testid=provider-form]");

        page.Input("Base URL").Change("api.example.com/v1");
        page.Input("Input price").Change("-1");
        page.Find("[data-testid=save-provider]").Click();

        page.WaitForAssertion(() => Assert.Equal("Enter a name.", page.ErrorOf("Name")));
        Assert.Contains("absolute http:// or https:// URL", page.ErrorOf("Base URL"), StringComparison.Ordinal);
        Assert.Contains("0 or more", page.ErrorOf("Input price"), StringComparison.Ordinal);
        Assert.Equal("", page.ErrorOf("Output price"));
        await using var db = Db();
        Assert.Equal(0, await db.Providers.CountAsync());
    }

    [Fact]
    public async Task A_valid_provider_is_saved_with_its_key_encrypted()
    {
        var page = Render<ProviderEdit>();
        page.WaitForElement("[data-testid=provider-form]");

        page.Input("Name").Change("Local vLLM");
        page.Input("Base URL").Change("http://127.0.0.1:8000/v1");
        page.Input("API key").Change(PlainKey);
        page.Find("[data-testid=save-provider]").Click();

        await using var db = Db();
        var provider = await WaitForAsync(() => db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Name == "Local vLLM"));
        Assert.Equal("http://127.0.0.1:8000/v1", provider.BaseUrl);
        Assert.NotEqual(PlainKey, provider.ProtectedApiKey);
        Assert.Equal(PlainKey, Services.GetRequiredService<ApiKeyProtector>().Unprotect(provider.ProtectedApiKey));
    }

    [Fact]
    public async Task The_edit_form_never_shows_the_stored_key()
    {
        var protectedKey = Services.GetRequiredService<ApiKeyProtector>().Protect(PlainKey);
        var id = await AddProviderAsync("Hosted", protectedKey);

        var page = Render<ProviderEdit>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForElement("[data-testid=provider-form]");

        Assert.DoesNotContain(PlainKey, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(protectedKey, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(PlainKey[..12], page.Markup, StringComparison.Ordinal);
        Assert.Equal(ApiKeyProtector.Mask(hasKey: true), page.Find("[data-testid=stored-key]").TextContent.Trim());
        Assert.Equal("", page.Input("New API key").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Saving_with_an_empty_key_field_keeps_the_stored_key()
    {
        var protectedKey = Services.GetRequiredService<ApiKeyProtector>().Protect(PlainKey);
        var id = await AddProviderAsync("Hosted", protectedKey);
        var page = Render<ProviderEdit>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForElement("[data-testid=provider-form]");

        page.Input("Calls at once").Change("3");
        page.Find("[data-testid=save-provider]").Click();

        await using var db = Db();
        var provider = await WaitForAsync(() => db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.MaxConcurrency == 3));
        Assert.Equal(protectedKey, provider.ProtectedApiKey);
    }

    [Fact]
    public async Task A_taken_name_is_shown_under_the_name_field()
    {
        await AddProviderAsync("OpenAI", null);
        var page = Render<ProviderEdit>();
        page.WaitForElement("[data-testid=provider-form]");

        page.Input("Name").Change("openai");
        page.Input("Base URL").Change("https://api.openai.com/v1");
        page.Find("[data-testid=save-provider]").Click();

        page.WaitForAssertion(() => Assert.Contains("already exists", page.ErrorOf("Name"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_simulated_provider_shows_no_url_or_key_fields()
    {
        var id = await AddProviderAsync("Simulated", null, ProviderKind.Simulated);

        var page = Render<ProviderEdit>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForElement("[data-testid=provider-form]");

        Assert.Contains(Provider.SimulatedLabel, page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=api-key]"));
        Assert.DoesNotContain(page.FindAll(".mud-input-control label"), label => label.TextContent.Trim() == "Base URL");
    }

    [Fact]
    public async Task A_viewer_is_refused_by_the_server_even_when_the_form_is_reached()
    {
        BecomeViewer();
        var page = Render<ProviderEdit>();
        page.WaitForElement("[data-testid=provider-form]");

        page.Input("Name").Change("Sneaky");
        page.Input("Base URL").Change("https://api.example.com/v1");
        page.Find("[data-testid=save-provider]").Click();

        page.WaitForAssertion(() => Assert.Equal(EditorCheck.Denied, page.Find("[data-testid=form-error]").TextContent.Trim()));
        await using var db = Db();
        Assert.Equal(0, await db.Providers.CountAsync());
    }

    [Fact]
    public async Task A_member_is_refused_by_the_server_even_when_the_form_is_reached()
    {
        Auth.SetRoles(AppRoles.Member);
        Auth.SetPolicies(AuthorizationPolicies.Editor);
        var page = Render<ProviderEdit>();
        page.WaitForElement("[data-testid=provider-form]");

        page.Input("Name").Change("Sneaky");
        page.Input("Base URL").Change("https://api.example.com/v1");
        page.Find("[data-testid=save-provider]").Click();

        page.WaitForAssertion(() => Assert.Equal(EditorCheck.AdminOnlyMessage, page.Find("[data-testid=form-error]").TextContent.Trim()));
        await using var db = Db();
        Assert.Equal(0, await db.Providers.CountAsync());
    }

    [Fact]
    public async Task Changing_the_url_of_a_provider_with_a_stored_key_asks_for_the_key_again()
    {
        var protectedKey = Services.GetRequiredService<ApiKeyProtector>().Protect(PlainKey);
        var id = await AddProviderAsync("Hosted", protectedKey);
        var page = Render<ProviderEdit>(parameters => parameters.Add(p => p.Id, id));
        page.WaitForElement("[data-testid=provider-form]");

        page.Input("Base URL").Change("https://listener.example/v1");
        page.Find("[data-testid=save-provider]").Click();

        page.WaitForAssertion(() => Assert.Equal(StoredKeyBinding.RetypeMessage, page.Find("[data-testid=form-error]").TextContent.Trim()));
        await using var db = Db();
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == id);
        Assert.Equal("https://api.example.com/v1", provider.BaseUrl);
        Assert.Equal(protectedKey, provider.ProtectedApiKey);
    }

    private async Task<int> AddProviderAsync(string name, string? protectedKey, ProviderKind kind = ProviderKind.OpenAiCompatible)
    {
        await using var db = Db();
        var provider = new Provider
        {
            Name = name,
            Kind = kind,
            BaseUrl = kind == ProviderKind.Simulated ? "" : "https://api.example.com/v1",
            ProtectedApiKey = protectedKey,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Providers.Add(provider);
        await db.SaveChangesAsync();
        return provider.Id;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await read() is { } value)
            {
                return value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The row did not appear.");
    }
}
