using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Testing;
using FusionStudio.Web.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Exports;

/// <summary>
/// One finished run of 12 prompts × 4 teachers against the fake model server, whose provider has a known API key,
/// with blind reviews seeded for the first four prompts: Fusion-of-N preferred, Best-of-N preferred, tie, both bad.
/// </summary>
public sealed class ExportRunFixture : IAsyncLifetime
{
    public const string ApiKey = "sk-export-test-5f2c9a1e7b";
    public const string Password = "correct horse battery";
    public const int Prompts = 12;
    public const int Teachers = 4;

    private PipelineHost? _host;

    public PipelineHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public int RunId { get; private set; }

    public string ProtectedApiKey { get; private set; } = "";

    public IReadOnlyList<long> PromptIds { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _host = await PipelineHost.StartAsync();
        RunId = await TestRuns.CreateAsync(Host.App, Host.Models.BaseUrl, new TestRunShape { Prompts = Prompts });
        await using (var db = Host.App.CreateDbContext())
        {
            var teacherIds = await db.RunTeachers.Where(t => t.RunId == RunId).Select(t => t.TeacherId).ToListAsync();
            var provider = await db.Providers.SingleAsync(p => db.Teachers.Any(t => teacherIds.Contains(t.Id) && t.ProviderId == p.Id));
            provider.ProtectedApiKey = Host.App.Services.GetRequiredService<ApiKeyProtector>().Protect(ApiKey);
            ProtectedApiKey = provider.ProtectedApiKey;
            await db.SaveChangesAsync();
        }

        await TestRuns.StartAsync(Host.App, RunId);
        var run = await TestRuns.WaitUntilFinishedAsync(Host.App, RunId);
        Assert.Equal(RunStatus.Completed, run.Status);

        var lina = await Host.App.CreateUserAsync("lina@example.test", Password, AppRoles.Member);
        var omar = await Host.App.CreateUserAsync("omar@example.test", Password, AppRoles.Viewer);
        await using var seed = Host.App.CreateDbContext();
        PromptIds = await seed.RunPrompts.Where(p => p.RunId == RunId).OrderBy(p => p.Ordinal).Select(p => p.PromptId).ToListAsync();
        HumanReview Review(int ordinal, AppUser reviewer, HumanVerdict verdict) => new()
        {
            RunId = RunId,
            PromptId = PromptIds[ordinal],
            MethodA = AggregationMethod.FusionOfN,
            MethodB = AggregationMethod.BestOfN,
            ReviewerId = reviewer.Id,
            AShownLeft = ordinal % 2 == 0,
            Verdict = verdict,
            Comment = $"review of prompt {ordinal}, \"quoted\"",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        seed.HumanReviews.AddRange(
            Review(0, lina, HumanVerdict.A),
            Review(0, omar, HumanVerdict.A),
            Review(1, lina, HumanVerdict.B),
            Review(2, lina, HumanVerdict.Tie),
            Review(3, omar, HumanVerdict.BothBad));
        await seed.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public async Task<string> ExportAsync(ExportRequest request)
    {
        using var output = new MemoryStream();
        var rows = await Host.App.Services.GetRequiredService<RunExporter>().WriteAsync(RunId, request, output, CancellationToken.None);
        var text = Encoding.UTF8.GetString(output.ToArray());
        if (request.Format == ExportFormat.Jsonl)
        {
            Assert.Equal(rows, Lines(text).Count);
        }

        return text;
    }

    public async Task<List<JsonElement>> ExportJsonAsync(ExportKind kind, ExportFilter? filter = null, SftAnswerRule answer = SftAnswerRule.Fusion, PreferencePairRule pair = PreferencePairRule.FusionOverLowest)
    {
        var text = await ExportAsync(new ExportRequest(kind, ExportFormat.Jsonl) { Filter = filter ?? ExportFilter.None, SftAnswer = answer, PairRule = pair });
        return Lines(text).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }

    public static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    public static List<string[]> CsvRecords(string csv)
    {
        using var reader = new StringReader(csv);
        using var parser = new CsvParser(reader, CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }

        return records;
    }
}
