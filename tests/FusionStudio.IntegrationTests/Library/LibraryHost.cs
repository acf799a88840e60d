using FusionStudio.Data;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Library;

/// <summary>The real app's services, as a circuit scope sees them, and an editor to write with.</summary>
internal sealed class LibraryHost : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    private LibraryHost(FusionApp app)
    {
        App = app;
        _scope = app.Services.CreateAsyncScope();
    }

    public FusionApp App { get; }

    public LibraryEditor Editor { get; } = new("member@example.test");

    /// <summary>Providers hold keys: only an admin may write or test them.</summary>
    public LibraryEditor Admin { get; } = new("admin@example.test", isAdmin: true);

    public static LibraryHost OnSqlite() => new(FusionApp.OnSqlite());

    public static LibraryHost OnPostgres(TestDatabase database) => new(FusionApp.OnPostgres(database));

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public FusionDbContext Db() => App.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await App.DisposeAsync();
    }
}
