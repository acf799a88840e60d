using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>A first start cannot lock its owner out: a taken port is named or avoided, and the demo login is always printed.</summary>
public sealed partial class FirstStartTests
{
    // Only a backstop against a hang.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_configured_port_that_is_taken_is_named_in_one_line_with_the_setting()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        await using var process = AppProcess.Start("taken-port", Embedded(), new Uri($"http://127.0.0.1:{port}"));
        var exitCode = await process.WaitForExitAsync(Patience);

        var output = process.Output;
        Assert.True(exitCode != 0, process.Describe());
        var problem = Assert.Single(output.Split('\n'), line => line.StartsWith("FusionStudio cannot start:", StringComparison.Ordinal));
        Assert.Contains($"Port {port} is in use", problem, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_default_moves_past_a_taken_port_5000_and_prints_the_demo_login_on_every_start()
    {
        // Whoever holds 5000 (this listener or another program), the app must not stop on it.
        using var holder = TryHold(5000);
        var settings = Embedded();

        string firstPassword;
        await using (var first = AppProcess.Start("first-start", settings, address: null))
        {
            var address = await RunningAddressAsync(first);
            Assert.NotEqual(5000, address.Port);
            firstPassword = await DemoPasswordAsync(first);
            first.Terminate();
            await first.WaitForExitAsync(Patience);
        }

        await using var second = AppProcess.Start("second-start", settings, address: null);
        await RunningAddressAsync(second);
        Assert.Equal(firstPassword, await DemoPasswordAsync(second));
    }

    private static async Task<Uri> RunningAddressAsync(AppProcess process)
    {
        var line = await process.WaitForLineAsync("FusionStudio is running at ", Patience);
        var address = new Uri(line.Split(' ')[4]);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        return address;
    }

    private static async Task<string> DemoPasswordAsync(AppProcess process)
    {
        var line = await process.WaitForLineAsync("    password: ", Patience);
        var match = DemoPassword().Match(line);
        Assert.True(match.Success, process.Describe());
        return match.Value;
    }

    private static Dictionary<string, string> Embedded() => new()
    {
        ["Database__DataDirectory"] = Directory.CreateTempSubdirectory("fusionstudio-first-start.").FullName,
    };

    private static TcpListener? TryHold(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            return null;
        }
    }

    [GeneratedRegex("demo-[0-9a-f]{12}")]
    private static partial Regex DemoPassword();
}
