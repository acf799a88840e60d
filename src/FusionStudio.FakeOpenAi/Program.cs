using System.Globalization;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.FakeOpenAi.Recording;

namespace FusionStudio.FakeOpenAi;

// Not top-level statements: .NET 10 makes a Web project's top-level Program public, and the test infrastructure
// references this project and the web app together, whose Program must stay the only global one.
internal static class Program
{
    /// <summary>dotnet run --project src/FusionStudio.FakeOpenAi -- --port 5080 --latency-ms 200 --fault 429:2 --api-key KEY [--quiet true]</summary>
    public static async Task Main(string[] args)
    {
        var settings = new ConfigurationBuilder().AddCommandLine(args).Build();
        var options = new FakeOpenAiOptions
        {
            LatencyMs = settings.GetValue("latency-ms", 0),
            Fault = settings["fault"] is { Length: > 0 } fault ? FaultDirective.Parse(fault) : null,
            RequiredApiKey = settings["api-key"],
        };

        await using var server = await FakeOpenAiServer.StartAsync(settings.GetValue("port", 5080), options);
        // A benchmark at hundreds of calls a second measures the server's CPU: a line per request would be most of it.
        if (!settings.GetValue("quiet", false))
        {
            server.RequestLog.Recorded += Print;
        }

        Console.WriteLine($"Fake OpenAI server listening: {server.BaseUrl}");
        Console.WriteLine($"Request log: {server.RootUrl}/_fake/requests   Config: {server.RootUrl}/_fake/config   Ctrl+C stops.");

        await server.WaitForShutdownAsync();
    }

    private static void Print(FakeRequestRecord record)
    {
        var fault = record.Fault is { } kind ? $" ({kind})" : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#{record.Sequence} {record.Kind} {record.Model} -> {record.StatusCode}{fault}"));
    }
}
