using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using FusionStudio.Web.Recipes;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Bench;

/// <summary>
/// The serving endpoint's own overhead: a FusioN recipe over the fake server at a fixed latency L per call, called by
/// 1, 16 and 64 clients at once. Teachers answer in parallel and the fusor after them, so a request cannot take less
/// than 2 × L; what it takes beyond that is the endpoint's (auth, recipe, budget check, two hops through the gateway,
/// the fusor prompt, the answer). Streamed, the first token cannot come before 2 × L either.
/// </summary>
internal static class ServingBenchmark
{
    private static readonly int[] Levels = [1, 16, 64];

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var postgres = Environment.GetEnvironmentVariable(TestPostgres.EnvironmentVariable);
        await using var database = postgres is null ? null : await TestPostgres.CreateDatabaseAsync();
        await using var models = await FakeOpenAiServer.StartAsync();
        models.Configure(o => o with { LatencyMs = arguments.LatencyMs });
        await using var app = database is null ? FusionApp.OnSqlite() : new FusionApp(DatabaseProvider.PostgreSql, database.ConnectionString);
        var address = app.With("Logging:LogLevel:Default", "Warning").With("Demo:Enabled", "false").StartKestrel();
        var user = await app.CreateUserAsync("bench@example.test", "correct horse battery", AppRoles.Member);
        var token = (await app.Services.GetRequiredService<ApiTokenStore>().CreateAsync(user.Id, new ApiTokenRequest("bench", null))).Created!.Secret.Value;
        var recipe = await CreateRecipeAsync(app, models.BaseUrl, arguments.Candidates);

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var floor = 2.0 * arguments.LatencyMs;
        Console.WriteLine($"database        {(database is null ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine($"recipe          FusioN, {arguments.Candidates} teachers + fusor, fake server at {arguments.LatencyMs} ms per call (floor {floor} ms)");
        Console.WriteLine($"requests        {arguments.Prompts} per level after {Levels.Max()} warm-up requests");
        Console.WriteLine();
        await MeasureAsync(client, recipe, Levels.Max(), Levels.Max(), stream: false);

        Console.WriteLine("concurrent   overhead p50   overhead p99   total p50   streamed: first token p50 (beyond floor)   p99");
        foreach (var level in Levels)
        {
            var whole = await MeasureAsync(client, recipe, level, arguments.Prompts, stream: false);
            var first = await MeasureAsync(client, recipe, level, arguments.Prompts, stream: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level,10}   {Percentile(whole, 50) - floor,9:0.0} ms   {Percentile(whole, 99) - floor,9:0.0} ms   {Percentile(whole, 50),6:0} ms   {Percentile(first, 50),10:0.0} ms ({Percentile(first, 50) - floor:0.0} ms)            {Percentile(first, 99),6:0.0} ms"));
        }

        return 0;
    }

    /// <summary>Milliseconds per request (or to the first streamed content), <paramref name="count"/> requests by <paramref name="level"/> clients.</summary>
    private static async Task<List<double>> MeasureAsync(HttpClient client, string recipe, int level, int count, bool stream)
    {
        var results = new List<double>(count);
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, level).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var elapsed = stream ? await FirstTokenAsync(client, recipe) : await WholeAsync(client, recipe);
                lock (results)
                {
                    results.Add(elapsed);
                }
            }
        }));
        return results;
    }

    private static async Task<double> WholeAsync(HttpClient client, string recipe)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("v1/chat/completions", Body(recipe, stream: false));
        _ = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> FirstTokenAsync(HttpClient client, string recipe)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = JsonContent.Create(Body(recipe, stream: true)) };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.EnsureSuccessStatusCode().Content.ReadAsStreamAsync());
        double? first = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (first is null && line.Contains("\"content\":\"", StringComparison.Ordinal) && !line.Contains("\"content\":\"\"", StringComparison.Ordinal))
            {
                first = clock.Elapsed.TotalMilliseconds;
            }
        }

        return first ?? clock.Elapsed.TotalMilliseconds;
    }

    private static object Body(string recipe, bool stream) => new
    {
        model = recipe,
        stream,
        messages = new[] { new { role = "user", content = $"Question {Guid.NewGuid():N}: how do tides work?" } },
    };

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task<string> CreateRecipeAsync(FusionApp app, string baseUrl, int teachers)
    {
        string[] styles = ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious"];
        await using var db = app.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "fake", BaseUrl = baseUrl, MaxConcurrency = 512, TimeoutSeconds = 60, InputPricePerMillionTokens = 1m, OutputPricePerMillionTokens = 2m, CreatedAt = now };
        var pool = Enumerable.Range(0, teachers).Select(i => new Teacher { Name = $"t{i}", Provider = provider, Model = styles[i % styles.Length], MaxTokens = 256, CreatedAt = now }).ToList();
        var fusor = new Teacher { Name = "fusor", Provider = provider, Model = "fusor", MaxTokens = 512, CreatedAt = now };
        db.AddRange(pool);
        db.Add(fusor);
        await db.SaveChangesAsync();
        var template = await db.PromptTemplates.Where(t => t.IsBuiltIn && t.Kind == PromptTemplateKind.Fusor).Select(t => t.Id).FirstAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<RecipeStore>().CreateAsync(
            new RecipeInput
            {
                Name = "bench",
                TeacherIds = pool.Select(t => t.Id).ToList(),
                FusorTeacherId = fusor.Id,
                FusorTemplateId = template,
                CallTimeoutSeconds = 60,
                RequestTimeoutSeconds = 120,
                MaxConcurrentRequests = 1_000,
            },
            new LibraryEditor("bench"));
        return saved.Succeeded ? "bench" : throw new InvalidOperationException(string.Join("; ", saved.FieldErrors.Values));
    }
}
