using FusionStudio.Data.Security;
using FusionStudio.Domain.Providers;
using FusionStudio.FakeOpenAi;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Library;

public sealed class ProviderStoreTests : IAsyncLifetime
{
    private const string PlainKey = "sk-proj-abcdefghijklmnop0123456789";

    private readonly LibraryHost _host = LibraryHost.OnSqlite();

    private ProviderStore Store => _host.Get<ProviderStore>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Saving_a_provider_stores_the_key_encrypted()
    {
        var saved = await Store.SaveAsync(null, Input("OpenAI", PlainKey), _host.Admin);

        Assert.True(saved.Succeeded, string.Join(" ", saved.FieldErrors.Values));
        await using var db = _host.Db();
        var column = await db.Database.SqlQuery<string>($"SELECT \"ProtectedApiKey\" AS \"Value\" FROM \"Providers\" WHERE \"Id\" = {saved.Id}").SingleAsync();
        Assert.NotEqual(PlainKey, column);
        Assert.DoesNotContain(PlainKey, column, StringComparison.Ordinal);
        Assert.Equal(PlainKey, _host.Get<ApiKeyProtector>().Unprotect(column));
    }

    [Fact]
    public async Task The_edit_input_says_a_key_is_stored_but_carries_no_key()
    {
        var id = (await Store.SaveAsync(null, Input("OpenAI", PlainKey), _host.Admin)).Id!.Value;
        await using var db = _host.Db();
        var protectedKey = (await db.Providers.SingleAsync(p => p.Id == id)).ProtectedApiKey!;

        var input = await Store.GetForEditAsync(id);

        Assert.NotNull(input);
        Assert.True(input.HasStoredKey);
        Assert.Null(input.ApiKey);
        var texts = typeof(ProviderInput).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string?)p.GetValue(input));
        Assert.DoesNotContain(texts, text => text is not null && (text.Contains(PlainKey, StringComparison.Ordinal) || text == protectedKey));
    }

    [Fact]
    public async Task An_empty_key_keeps_the_stored_key_and_remove_key_removes_it()
    {
        var id = (await Store.SaveAsync(null, Input("OpenAI", PlainKey), _host.Admin)).Id!.Value;
        var before = await ProtectedKeyAsync(id);

        var edit = (await Store.GetForEditAsync(id))!;
        edit.MaxConcurrency = 2;
        Assert.True((await Store.SaveAsync(id, edit, _host.Admin)).Succeeded);
        Assert.Equal(before, await ProtectedKeyAsync(id));

        edit.RemoveKey = true;
        Assert.True((await Store.SaveAsync(id, edit, _host.Admin)).Succeeded);
        Assert.Null(await ProtectedKeyAsync(id));
    }

    [Fact]
    public async Task The_simulated_provider_keeps_its_kind_url_and_lack_of_key()
    {
        int id;
        await using (var db = _host.Db())
        {
            var simulated = new Provider { Name = "Simulated", Kind = ProviderKind.Simulated, CreatedAt = DateTimeOffset.UtcNow };
            db.Providers.Add(simulated);
            await db.SaveChangesAsync();
            id = simulated.Id;
        }

        var edit = (await Store.GetForEditAsync(id))!;
        edit.BaseUrl = "https://somewhere.example/v1";
        edit.ApiKey = PlainKey;
        edit.OutputPricePerMillionTokens = 2m;
        Assert.True((await Store.SaveAsync(id, edit, _host.Admin)).Succeeded);

        await using var check = _host.Db();
        var provider = await check.Providers.SingleAsync(p => p.Id == id);
        Assert.Equal((ProviderKind.Simulated, "", null, 2m), (provider.Kind, provider.BaseUrl, provider.ProtectedApiKey, provider.OutputPricePerMillionTokens));
    }

    [Fact]
    public async Task Names_are_unique_whatever_their_case_and_bad_values_are_refused_by_field()
    {
        await Store.SaveAsync(null, Input("OpenAI", null), _host.Admin);

        var taken = await Store.SaveAsync(null, Input("openai ", null), _host.Admin);
        var bad = Input("Other", null);
        bad.BaseUrl = "ftp://files.example";
        bad.InputPricePerMillionTokens = -1;
        var invalid = await Store.SaveAsync(null, bad, _host.Admin);

        Assert.Equal("A provider named \"openai\" already exists.", taken.ErrorFor(nameof(ProviderInput.Name)));
        Assert.NotNull(invalid.ErrorFor(nameof(ProviderInput.BaseUrl)));
        Assert.NotNull(invalid.ErrorFor(nameof(ProviderInput.InputPricePerMillionTokens)));
        await using var db = _host.Db();
        Assert.Equal(1, await db.Providers.CountAsync());
    }

    [Fact]
    public async Task Testing_a_saved_provider_uses_its_stored_key_and_feeds_the_teacher_suggestions()
    {
        await using var server = await FakeOpenAiServer.StartAsync(options: new FakeOpenAiOptions { Models = ["gpt-x", "gpt-y"] });
        var input = Input("Fake", PlainKey);
        input.BaseUrl = server.BaseUrl;
        var id = (await Store.SaveAsync(null, input, _host.Admin)).Id!.Value;

        var result = await Store.TestConnectionAsync(id, (await Store.GetForEditAsync(id))!, _host.Admin);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["gpt-x", "gpt-y"], result.Models);
        Assert.True(Assert.Single(server.RequestLog.Snapshot()).HasBearerToken);
        Assert.Equal(["gpt-x", "gpt-y"], _host.Get<TeacherStore>().ModelSuggestions(new ProviderOption(id, "Fake", Simulated: false)));
    }

    private static ProviderInput Input(string name, string? key) => new()
    {
        Name = name,
        BaseUrl = "https://api.openai.com/v1",
        ApiKey = key,
        InputPricePerMillionTokens = 2.5m,
        OutputPricePerMillionTokens = 10m,
    };

    private async Task<string?> ProtectedKeyAsync(int id)
    {
        await using var db = _host.Db();
        return await db.Providers.Where(p => p.Id == id).Select(p => p.ProtectedApiKey).SingleAsync();
    }
}
