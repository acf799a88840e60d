using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Pipeline;

/// <summary>A test PostgreSQL database, the fake model server, and the app (all roles) wired to both.</summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private PipelineHost(TestDatabase database, FakeOpenAiServer models, FusionApp app)
    {
        Database = database;
        Models = models;
        App = app;
    }

    public TestDatabase Database { get; }

    public FakeOpenAiServer Models { get; }

    public FusionApp App { get; private set; }

    public static async Task<PipelineHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var models = await FakeOpenAiServer.StartAsync();
        return new PipelineHost(database, models, NewApp(database, settings));
    }

    /// <summary>Stops the app as a crash or redeploy would, and starts a fresh one on the same database.</summary>
    public async Task RestartAppAsync(params (string Key, string Value)[] settings)
    {
        await App.DisposeAsync();
        App = NewApp(Database, settings);
    }

    public int Requests(FakeRequestKind kind) => Models.RequestLog.Snapshot().Count(r => r.Kind == kind);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Models.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static FusionApp NewApp(TestDatabase database, (string Key, string Value)[] settings)
    {
        var app = FusionApp.OnPostgres(database)
            .With("Gateway:BaseDelay", "00:00:00.050")
            .With("Runs:StatusCheckInterval", "00:00:00.100");
        foreach (var (key, value) in settings)
        {
            app.With(key, value);
        }

        app.CreateClient();
        return app;
    }
}
