using System.Text.Json;

namespace FusionStudio.UnitTests.Architecture;

/// <summary>
/// The runtime settings the web host is built with (src/FusionStudio.Web/HostRuntime.props), read from the
/// runtimeconfig.json its build writes: the throughput figures depend on them, and the bench imports the same file.
/// </summary>
public sealed class HostRuntimeConfigTests
{
    private static readonly JsonElement s_properties = ReadProperties();

    [Fact]
    public void Host_runs_the_server_garbage_collector()
    {
        Assert.True(s_properties.GetProperty("System.GC.Server").GetBoolean());
    }

    [Fact]
    public void Idle_thread_pool_workers_wait_without_spinning()
    {
        Assert.Equal(0, s_properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }

    private static JsonElement ReadProperties()
    {
        // The web project's build output is copied beside the tests, its runtimeconfig.json with it.
        var path = Path.Combine(AppContext.BaseDirectory, "FusionStudio.Web.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
