using FusionStudio.Domain.Providers;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Library;

public sealed class TeacherStoreTests : IAsyncLifetime
{
    private readonly LibraryHost _host = LibraryHost.OnSqlite();
    private int _callable;
    private int _imported;

    private TeacherStore Store => _host.Get<TeacherStore>();

    public async Task InitializeAsync()
    {
        await using var db = _host.Db();
        var callable = new Provider { Name = "Simulated", Kind = ProviderKind.Simulated, CreatedAt = DateTimeOffset.UtcNow };
        var imported = new Provider { Name = "Imported logs", Kind = ProviderKind.ImportedLog, CreatedAt = DateTimeOffset.UtcNow };
        db.Providers.AddRange(callable, imported);
        await db.SaveChangesAsync();
        (_callable, _imported) = (callable.Id, imported.Id);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Imported_log_providers_are_not_offered_for_new_teachers()
    {
        var options = await Store.ProviderOptionsAsync();

        Assert.Equal([_callable], options.Select(o => o.Id));
    }

    [Fact]
    public async Task A_teacher_on_an_imported_log_provider_is_refused_on_the_provider_field()
    {
        var refused = await Store.SaveAsync(null, Teacher("Logged model", _imported), _host.Editor);
        var saved = await Store.SaveAsync(null, Teacher("Callable model", _callable), _host.Editor);

        Assert.Equal("Imported logs cannot be called: choose a provider that serves models.", refused.ErrorFor(nameof(TeacherInput.ProviderId)));
        Assert.True(saved.Succeeded);
        await using var db = _host.Db();
        Assert.Equal(["Callable model"], await db.Teachers.Select(t => t.Name).ToListAsync());
    }

    private static TeacherInput Teacher(string name, int providerId) => new() { Name = name, ProviderId = providerId, Model = "model-x" };
}
