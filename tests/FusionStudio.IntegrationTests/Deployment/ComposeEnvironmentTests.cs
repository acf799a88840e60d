using System.Net;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>
/// docker/compose.yaml's configuration, run without Docker: its web and worker environments start the real app
/// as separate processes against a test PostgreSQL database.
/// </summary>
public sealed class ComposeEnvironmentTests(ComposeDeployment deployment) : IClassFixture<ComposeDeployment>
{
    [Fact]
    public async Task Web_role_is_healthy_and_sends_the_first_visitor_to_admin_setup()
    {
        var health = await deployment.Web.WaitForHealthAsync(_ => true, ComposeDeployment.Patience, "answer from /healthz");
        AssertServing(deployment.Web, health);

        // Without the demo nobody can log in yet, so the login page hands over to creating the admin.
        using var client = deployment.Web.CreateClient();
        using var response = await client.GetAsync("/account/login");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.OK && response.RequestMessage?.RequestUri?.AbsolutePath == "/account/setup"
                && body.Contains("Create the admin account", StringComparison.Ordinal),
            $"/account/login answered {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}.\n{deployment.Web.Describe()}");
    }

    [Fact]
    public async Task Worker_role_is_healthy_and_counts_itself_as_a_worker()
    {
        var health = await deployment.Worker.WaitForHealthAsync(
            h => h.QueueWorkers >= 1, ComposeDeployment.Patience, "worker in its own queue check");

        AssertServing(deployment.Worker, health);
        Assert.True(health.Status == "Healthy", $"{health.Json}\n{deployment.Worker.Describe()}");
    }

    [Fact]
    public async Task Worker_role_serves_no_pages()
    {
        using var client = deployment.Worker.CreateClient(followRedirects: false);
        using var response = await client.GetAsync("/");

        Assert.True(response.StatusCode == HttpStatusCode.NotFound,
            $"/ answered {(int)response.StatusCode} {response.Headers.Location}.\n{deployment.Worker.Describe()}");
    }

    [Fact]
    public async Task Web_sees_the_worker_through_the_shared_queue()
    {
        // The web process runs no jobs itself: every worker it counts is another process on the same database.
        var health = await deployment.Web.WaitForHealthAsync(
            h => h.QueueWorkers >= 1, ComposeDeployment.Patience, "worker in the queue check");

        AssertServing(deployment.Web, health);
        Assert.True(health.Status == "Healthy", $"{health.Json}\n{deployment.Web.Describe()}\n{deployment.Worker.Describe()}");
    }

    private static void AssertServing(AppProcess app, HealthResponse health) =>
        Assert.True(
            health.Status is "Healthy" or "Degraded" && health.DatabaseStatus == "Healthy",
            $"{app.Name}'s /healthz: {health.Json}\n{app.Describe()}");
}
