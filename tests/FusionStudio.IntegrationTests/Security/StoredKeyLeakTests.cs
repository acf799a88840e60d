using FusionStudio.FakeOpenAi;
using FusionStudio.IntegrationTests.Library;
using FusionStudio.Web;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>
/// The probe's finding: on a provider's page, point the base URL at your own listener and press Test connection
/// without saving, and the server sent the stored key there. The key must never arrive anywhere but the URL it was
/// saved with.
/// </summary>
public sealed class StoredKeyLeakTests : IAsyncLifetime
{
    private const string StoredKey = "sk-proj-stored-0123456789abcdefghij";

    private readonly LibraryHost _host = LibraryHost.OnSqlite();
    private FakeOpenAiServer _provider = null!;
    private HeaderRecordingListener _listener = null!;

    private ProviderStore Store => _host.Get<ProviderStore>();

    public async Task InitializeAsync()
    {
        _provider = await FakeOpenAiServer.StartAsync(options: new FakeOpenAiOptions { RequiredApiKey = StoredKey });
        _listener = await HeaderRecordingListener.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _listener.DisposeAsync();
        await _provider.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Test_connection_with_an_unsaved_url_never_sends_the_stored_key_there()
    {
        var id = await SaveProviderAsync();
        var edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = _listener.BaseUrl;

        var result = await Store.TestConnectionAsync(id, edit, _host.Admin);

        var request = Assert.Single(_listener.Requests);
        Assert.Null(request.Authorization);
        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public async Task Test_connection_with_an_unsaved_url_sends_only_a_key_typed_in_the_form()
    {
        var id = await SaveProviderAsync();
        var edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = _listener.BaseUrl;
        edit.ApiKey = "sk-typed-for-the-new-url";

        await Store.TestConnectionAsync(id, edit, _host.Admin);

        Assert.Equal("Bearer sk-typed-for-the-new-url", Assert.Single(_listener.Requests).Authorization);
    }

    [Fact]
    public async Task Test_connection_with_the_saved_url_still_uses_the_stored_key()
    {
        var id = await SaveProviderAsync();
        var edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = _provider.BaseUrl + "/";

        var result = await Store.TestConnectionAsync(id, edit, _host.Admin);

        Assert.True(result.Succeeded, result.Error);
        Assert.True(Assert.Single(_provider.RequestLog.Snapshot()).HasBearerToken);
    }

    [Fact]
    public async Task Saving_a_new_url_without_typing_the_key_again_is_refused_and_changes_nothing()
    {
        var id = await SaveProviderAsync();
        var before = await ProviderRowAsync(id);
        var edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = _listener.BaseUrl;

        var refused = await Store.SaveAsync(id, edit, _host.Admin);

        Assert.False(refused.Succeeded);
        Assert.Equal(StoredKeyBinding.RetypeMessage, refused.ErrorFor(nameof(ProviderInput.ApiKey)));
        Assert.Equal(before, await ProviderRowAsync(id));
        Assert.Empty(_listener.Requests);
    }

    [Fact]
    public async Task A_new_url_is_saved_with_a_retyped_key_or_with_the_stored_key_removed()
    {
        var id = await SaveProviderAsync();
        var edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = _listener.BaseUrl;
        edit.RemoveKey = true;
        Assert.True((await Store.SaveAsync(id, edit, _host.Admin)).Succeeded);
        Assert.Equal((_listener.BaseUrl, (string?)null), await ProviderRowAsync(id));

        edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = _provider.BaseUrl;
        edit.ApiKey = StoredKey;
        Assert.True((await Store.SaveAsync(id, edit, _host.Admin)).Succeeded);
        Assert.Equal(_provider.BaseUrl, (await ProviderRowAsync(id)).BaseUrl);
    }

    [Fact]
    public async Task A_member_can_neither_save_nor_test_a_provider()
    {
        var id = await SaveProviderAsync();
        var edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = _listener.BaseUrl;
        edit.ApiKey = "sk-member-key";

        var tested = await Store.TestConnectionAsync(id, edit, _host.Editor);
        var saved = await Store.SaveAsync(id, edit, _host.Editor);

        Assert.Equal(EditorCheck.AdminOnlyMessage, tested.Error);
        Assert.Equal(EditorCheck.AdminOnlyMessage, saved.ErrorFor(""));
        Assert.Empty(_listener.Requests);
        Assert.Equal(_provider.BaseUrl, (await ProviderRowAsync(id)).BaseUrl);
    }

    [Theory]
    [InlineData("http://user:secret@127.0.0.1:1/v1")]
    [InlineData("ftp://127.0.0.1/v1")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    public async Task Urls_with_credentials_other_schemes_or_metadata_addresses_are_not_saved(string url)
    {
        var input = new ProviderInput { Name = "Odd", BaseUrl = url };

        var refused = await Store.SaveAsync(null, input, _host.Admin);

        Assert.NotNull(refused.ErrorFor(nameof(ProviderInput.BaseUrl)));
        await using var db = _host.Db();
        Assert.Equal(0, await db.Providers.CountAsync());
    }

    private async Task<int> SaveProviderAsync()
    {
        var input = new ProviderInput { Name = "Hosted", BaseUrl = _provider.BaseUrl, ApiKey = StoredKey };
        var saved = await Store.SaveAsync(null, input, _host.Admin);
        Assert.True(saved.Succeeded, string.Join(" ", saved.FieldErrors.Values));
        return saved.Id!.Value;
    }

    private async Task<(string BaseUrl, string? ProtectedApiKey)> ProviderRowAsync(int id)
    {
        await using var db = _host.Db();
        var row = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == id);
        return (row.BaseUrl, row.ProtectedApiKey);
    }
}
