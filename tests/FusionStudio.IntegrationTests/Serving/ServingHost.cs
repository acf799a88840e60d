using System.Net.Http.Headers;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Routing;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Jobs.Serving;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using FusionStudio.Web.Recipes;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>
/// The real app on a fresh PostgreSQL database, on Kestrel, with the fake model server behind its provider, an Admin, a
/// Member and a Viewer. Each test makes its own recipe (a unique name), so tests of a class share the host.
/// </summary>
public sealed class ServingHost : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string MemberEmail = "member@example.test";
    public const string ViewerEmail = "viewer@example.test";

    private readonly List<HttpClient> _clients = [];
    private TestDatabase _database = null!;

    public FusionApp App { get; private set; } = null!;

    public FakeOpenAiServer Models { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>The endpoint an OpenAI client takes: the host's <c>/v1</c>.</summary>
    public Uri ServingEndpoint => new(Address, "v1");

    public Dictionary<string, string> UserIds { get; } = [];

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        Models = await FakeOpenAiServer.StartAsync();
        App = FusionApp.OnPostgres(_database).With("Demo:Enabled", "false").With("Gateway:BaseDelay", "00:00:00.050");
        Address = App.StartKestrel();
        foreach (var (email, role) in new[] { (MemberEmail, AppRoles.Member), (ViewerEmail, AppRoles.Viewer) })
        {
            UserIds[email] = (await App.CreateUserAsync(email, Password, role)).Id;
        }
    }

    /// <summary>A token of the user; <paramref name="servingOnly"/> limits it to <c>/v1</c>.</summary>
    public async Task<string> TokenAsync(string email = MemberEmail, bool servingOnly = false)
    {
        var store = App.Services.GetRequiredService<ApiTokenStore>();
        var created = await store.CreateAsync(UserIds[email], new ApiTokenRequest("serving " + Guid.NewGuid().ToString("N")[..6], null) { ServingOnly = servingOnly });
        return created.Created?.Secret.Value ?? throw new InvalidOperationException(created.Error);
    }

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }

    /// <summary>
    /// A recipe whose teachers are the given fake models (with their directives, e.g. <c>sim-detailed#latency=5000</c>)
    /// and whose fusor is <paramref name="fusorModel"/>, at prices of 1 and 2 per million tokens.
    /// </summary>
    public async Task<string> RecipeAsync(
        IReadOnlyList<string> teacherModels, Action<RecipeInput>? change = null, string fusorModel = "fusor", string? fallbackModel = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        int fusorTemplateId;
        List<int> teacherIds;
        int fusorId;
        int? fallbackId;
        await using (var db = App.CreateDbContext())
        {
            var now = DateTimeOffset.UtcNow;
            var provider = new Provider
            {
                Name = $"fake-{suffix}", BaseUrl = Models.BaseUrl, MaxConcurrency = 64, TimeoutSeconds = 30,
                InputPricePerMillionTokens = 1m, OutputPricePerMillionTokens = 2m, CreatedAt = now,
            };
            var teachers = teacherModels.Select((model, i) => new Teacher { Name = $"t{i}-{suffix}", Provider = provider, Model = model, MaxTokens = 256, CreatedAt = now }).ToList();
            var fusor = new Teacher { Name = $"fusor-{suffix}", Provider = provider, Model = fusorModel, MaxTokens = 512, CreatedAt = now };
            var fallback = fallbackModel is null ? null : new Teacher { Name = $"fallback-{suffix}", Provider = provider, Model = fallbackModel, MaxTokens = 256, CreatedAt = now };
            db.AddRange(teachers);
            db.Add(fusor);
            if (fallback is not null)
            {
                db.Add(fallback);
            }

            await db.SaveChangesAsync();
            fallbackId = fallback?.Id;
            teacherIds = teachers.Select(t => t.Id).ToList();
            fusorId = fusor.Id;
            fusorTemplateId = await db.PromptTemplates.Where(t => t.IsBuiltIn && t.Kind == PromptTemplateKind.Fusor).Select(t => t.Id).FirstAsync();
        }

        var input = new RecipeInput
        {
            Name = $"recipe-{suffix}",
            TeacherIds = teacherIds,
            FusorTeacherId = fusorId,
            FusorTemplateId = fusorTemplateId,
            FallbackTeacherId = fallbackId,
            CallTimeoutSeconds = 10,
            RequestTimeoutSeconds = 30,
        };
        change?.Invoke(input);
        await using var scope = App.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<RecipeStore>().CreateAsync(input, new LibraryEditor(MemberEmail));
        return saved.Succeeded ? input.Name : throw new InvalidOperationException(string.Join("; ", saved.FieldErrors.Select(e => $"{e.Key}: {e.Value}")));
    }

    /// <summary>
    /// A stored per-task router learned from a crafted log in which served requests' task ranks the models as given,
    /// best first (the names as the recipe's teachers' models, directives included).
    /// </summary>
    public async Task<int> RouterAsync(params string[] rankedModels)
    {
        ArgumentNullException.ThrowIfNull(rankedModels);
        var scores = rankedModels.Select((_, rank) => 0.9 - (0.2 * rank)).ToArray();
        var cost = rankedModels.Select(_ => 0.001).ToArray();
        var queries = Enumerable.Range(0, 4)
            .Select(i => new RoutingQuery($"q{i}", LiveTrafficStore.LiveTask, $"logged query {i}", scores, cost))
            .ToList();
        await using var db = App.CreateDbContext();
        var router = new TrainedRouter
        {
            Name = $"served-{Guid.NewGuid():N}"[..20],
            Version = 1,
            Algorithm = RouterAlgorithm.TaskBest,
            Signal = RoutingSignal.ImportedScore,
            Alpha = 1,
            Beta = 0,
            EmbeddingModel = EmbeddingModelKey.BuiltIn,
            Candidates = [.. rankedModels],
            Model = RouterModelCodec.Write(TaskBestRouter.Train(new RoutingLog(rankedModels, queries))),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Routers.Add(router);
        await db.SaveChangesAsync();
        return router.Id;
    }

    /// <summary>The fake server's records that arrived after the first <paramref name="skip"/> (tests of a class share the server).</summary>
    public List<FakeRequestRecord> RequestsSince(int skip) => Models.RequestLog.Snapshot().Skip(skip).ToList();

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        await Models.DisposeAsync();
        await _database.DisposeAsync();
    }
}
