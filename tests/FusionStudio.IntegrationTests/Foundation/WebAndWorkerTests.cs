using System.Net;
using System.Text.Json;
using FusionStudio.Jobs.Operations;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>A web process and a worker process sharing one PostgreSQL database and its job queue.</summary>
public sealed class WebAndWorkerTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private FusionApp _web = null!;
    private FusionApp _worker = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _web = FusionApp.OnPostgres(_database, HostRole.Web);
        _worker = FusionApp.OnPostgres(_database, HostRole.Worker);
        _web.CreateClient();
        _worker.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        await _worker.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_job_enqueued_by_the_web_host_is_run_by_the_worker()
    {
        var sender = _web.Services.GetRequiredService<QueueProbeSender>();
        var probeId = await sender.SendAsync("test", CancellationToken.None);

        var processedBy = await Eventually.ValueAsync(async () =>
        {
            await using var db = _web.CreateDbContext();
            return await db.QueueProbes.Where(p => p.Id == probeId).Select(p => p.ProcessedBy).SingleAsync();
        });

        // The web host runs no job server, so only the worker can have stamped the probe.
        Assert.EndsWith(":worker", processedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_host_sees_the_worker_in_its_health_report()
    {
        var client = _web.CreateClient();
        var workers = await Eventually.ValueAsync(async () =>
        {
            using var report = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
            var count = report.RootElement.GetProperty("checks").GetProperty("queue").GetProperty("data").GetProperty("workers").GetInt32();
            return count > 0 ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        });
        Assert.Equal("1", workers);
    }

    [Fact]
    public async Task A_worker_serves_no_pages()
    {
        var client = _worker.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
