using System.Runtime.CompilerServices;
using System.Text;
using FusionStudio.Data;
using FusionStudio.Engine.Imports;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Imports;

/// <summary>The library's real import service over a fresh SQLite file, with limits a test may lower.</summary>
internal sealed class ImportHost : IAsyncDisposable
{
    public const string User = "member@example.test";

    private readonly string _connectionString = TestSqlite.NewConnectionString();
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private ImportHost(Action<ImportLimits>? limits)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContextFactory<FusionDbContext>(options => DataServiceCollectionExtensions.Configure(options, DatabaseProvider.Sqlite, _connectionString));
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddLibraryFeatures();
        if (limits is not null)
        {
            services.Configure(limits);
        }

        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    public DatasetImporter Importer => _scope.ServiceProvider.GetRequiredService<DatasetImporter>();

    public static async Task<ImportHost> StartAsync(Action<ImportLimits>? limits = null)
    {
        var host = new ImportHost(limits);
        await using var db = host.Db();
        await db.Database.EnsureCreatedAsync();
        return host;
    }

    /// <summary>The path of a file under Imports/Files, next to this source file.</summary>
    public static string FilePath(string name, [CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Files", name);

    public FusionDbContext Db() => _services.GetRequiredService<IDbContextFactory<FusionDbContext>>().CreateDbContext();

    public async Task<DatasetImportOutcome> ImportFileAsync(string name, ImportSettings? settings = null, string? datasetName = null)
    {
        await using var stream = File.OpenRead(FilePath(name));
        return await ImportAsync(stream, name, settings, datasetName);
    }

    public async Task<DatasetImportOutcome> ImportTextAsync(string fileName, string content, ImportSettings? settings = null)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await ImportAsync(stream, fileName, settings);
    }

    public Task<DatasetImportOutcome> ImportAsync(Stream stream, string fileName, ImportSettings? settings = null, string? datasetName = null)
    {
        settings ??= new ImportSettings();
        var request = new DatasetImportRequest(datasetName ?? Path.GetFileNameWithoutExtension(fileName), fileName)
        {
            Format = settings.Format,
            Mapping = settings.Mapping,
            DefaultLanguage = settings.DefaultLanguage,
            DefaultTask = settings.DefaultTask,
        };
        return Importer.ImportAsync(stream, request, User);
    }

    public async Task AssertNothingStoredAsync()
    {
        await using var db = Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
        Assert.Equal(0, await db.DatasetPrompts.CountAsync());
    }

    public async Task<List<Domain.Datasets.DatasetPrompt>> PromptsAsync(int datasetId)
    {
        await using var db = Db();
        return await db.DatasetPrompts.AsNoTracking().Where(p => p.DatasetId == datasetId).OrderBy(p => p.Ordinal).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(new SqliteConnectionStringBuilder(_connectionString).DataSource);
    }
}
