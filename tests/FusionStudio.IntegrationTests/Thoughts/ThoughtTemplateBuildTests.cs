using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FusionStudio.Domain.Calls;
using FusionStudio.Domain.Teachers;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Prompts;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.IntegrationTests.Routing;
using FusionStudio.Jobs.Thoughts;
using FusionStudio.Testing;
using FusionStudio.Web.Thoughts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.Thoughts;

public sealed partial class ThoughtTemplateBuildTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_set_built_from_the_real_routing_logs_sends_each_query_s_hybrid_picked_answers_to_the_summarizer()
    {
        await using var host = await PipelineHost.StartAsync();
        var logSet = await RouterServiceTests.ImportSampleAsync(host);
        var (summarizerId, embeddingModel) = await SummarizerAsync(host);
        var service = host.App.Services.GetRequiredService<ThoughtTemplateService>();

        var created = await service.CreateAsync(
            new ThoughtTemplateSetRequest { Name = "sample thoughts", SourceRunIds = [logSet], SummarizerTeacherId = summarizerId, EmbeddingModel = embeddingModel },
            RouterServiceTests.Member);

        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        var set = await WaitUntilBuiltAsync(host, created.SetId!.Value);
        Assert.Equal(ThoughtTemplateSetStatus.Ready, set.Status);
        Assert.Equal((RoutingLogSample.Queries, RoutingLogSample.Queries, 0), (set.Queries, set.Templates, set.Failed));

        // One summarizer request per past query, recognised by the fake server; its past answers are the query's top 5
        // by task score (then lower cost at the README's prices), of which the first 3 stand, as the log has no judge scores.
        var requests = host.Models.RequestLog.Snapshot().Where(r => r.Kind == FakeRequestKind.ThoughtSummary).ToList();
        Assert.Equal(RoutingLogSample.Queries, requests.Count);
        var byQuery = requests.ToDictionary(r => Block(r.Messages[^1].Content, "prompt"), r => PastAnswers(r.Messages[^1].Content));
        foreach (var line in File.ReadLines(RoutingLogSample.FilePath))
        {
            using var query = JsonDocument.Parse(line);
            var expected = query.RootElement.GetProperty("model_performance").EnumerateObject()
                .Select(m => (
                    Text: m.Value.GetProperty("response").GetString()!,
                    Score: m.Value.GetProperty("task_performance").GetDouble(),
                    Cost: (m.Value.GetProperty("input_token").GetInt32() + m.Value.GetProperty("output_token").GetInt32()) * RoutingLogSample.ReadmePrices[m.Name]))
                .OrderByDescending(a => a.Score).ThenBy(a => a.Cost)
                .Take(3)
                .Select(a => FramingTags.Neutralise(a.Text).Trim())
                .ToList();
            var sent = byQuery[FramingTags.Neutralise(query.RootElement.GetProperty("query").GetString()!).Trim()];
            Assert.Equal(expected, sent);
        }

        // The call log holds every summarizer call under the set, linked to its template; the set's figures are those calls.
        await using var db = host.App.CreateDbContext();
        var calls = await db.ModelCalls.Where(c => c.ThoughtTemplateSetId == set.Id).ToListAsync();
        Assert.Equal(RoutingLogSample.Queries, calls.Count);
        Assert.All(calls, c => Assert.Equal(ModelCallPurpose.SummarizeThought, c.Purpose));
        Assert.Equal(RoutingLogSample.Queries, calls.Count(c => c.ThoughtTemplateId != null));
        Assert.Equal((calls.Count, calls.Sum(c => c.Usage.Cost)), (set.Calls, set.Cost));
        Assert.True(set.Cost > 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built from {RoutingLogSample.Queries} queries: {calls.Count} summarizer calls, {calls.Sum(c => c.Usage.InputTokens):N0} input and {calls.Sum(c => c.Usage.OutputTokens):N0} output tokens, ${set.Cost:0.0000} at $0.5 / $1.5 per million"));
        var page = await host.App.Services.GetRequiredService<ThoughtTemplateSetQuery>().TemplatesAsync(set.Id, 0, 5);
        Assert.Equal(5, page.Count);
        Assert.All(page, t => Assert.Equal(3, t.Sources.Count));
        Assert.All(page, t => Assert.StartsWith("This is a task about", t.Text, StringComparison.Ordinal));

        // Every past query was embedded once, so retrieval reads stored vectors.
        Assert.Equal(RoutingLogSample.Queries, await db.TextEmbeddings.CountAsync(e => e.Model == embeddingModel));

        // Built again, nothing is asked twice.
        await host.App.Services.GetRequiredService<BuildThoughtTemplatesJob>().RunAsync(set.Id, CancellationToken.None);
        Assert.Equal(RoutingLogSample.Queries, host.Requests(FakeRequestKind.ThoughtSummary));
        Assert.Equal(RoutingLogSample.Queries, await db.ThoughtTemplates.CountAsync(t => t.SetId == set.Id));
    }

    [Fact]
    public async Task A_set_without_sources_summarizer_or_a_known_embedding_model_is_refused_by_field()
    {
        await using var host = await PipelineHost.StartAsync();
        var service = host.App.Services.GetRequiredService<ThoughtTemplateService>();

        var result = await service.CreateAsync(new ThoughtTemplateSetRequest { Name = " ", SourceRunIds = [987654], EmbeddingModel = "nonsense" }, RouterServiceTests.Member);

        Assert.False(result.Succeeded);
        Assert.Equal(["EmbeddingModel", "Name", "SourceRunIds", "SummarizerTeacherId"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("987654", result.Errors["SourceRunIds"], StringComparison.Ordinal);
        await using var db = host.App.CreateDbContext();
        Assert.Equal(0, await db.ThoughtTemplateSets.CountAsync());
    }

    internal static async Task<(int TeacherId, string EmbeddingModel)> SummarizerAsync(PipelineHost host)
    {
        var providerId = await EmbeddingStoreTests.AddProviderAsync(host);
        await using var db = host.App.CreateDbContext();
        var provider = await db.Providers.SingleAsync(p => p.Id == providerId);
        provider.MaxConcurrency = 16;
        provider.InputPricePerMillionTokens = 0.5m;
        provider.OutputPricePerMillionTokens = 1.5m;
        var teacher = new Teacher { Name = "summarizer", ProviderId = providerId, Model = "summarizer", Temperature = 0, CreatedAt = DateTimeOffset.UtcNow };
        db.Teachers.Add(teacher);
        await db.SaveChangesAsync();
        return (teacher.Id, EmbeddingModelKey.ForProvider(providerId, "fake-embed"));
    }

    internal static async Task<ThoughtTemplateSetSummary> WaitUntilBuiltAsync(PipelineHost host, int setId) =>
        await Eventually.ValueAsync(
            async () => await host.App.Services.GetRequiredService<ThoughtTemplateSetQuery>().GetAsync(setId) is { Status: not ThoughtTemplateSetStatus.Building } set ? set : null,
            TimeSpan.FromMinutes(3));

    private static string Block(string text, string tag)
    {
        var start = text.IndexOf("<" + tag + ">", StringComparison.Ordinal) + tag.Length + 2;
        return text[start..text.IndexOf("</" + tag + ">", start, StringComparison.Ordinal)].Trim();
    }

    private static List<string> PastAnswers(string text) =>
        PastAnswerPattern().Matches(text).Select(m => m.Groups["body"].Value.Trim()).ToList();

    [GeneratedRegex("""<past_answer id="\d+">(?<body>.*?)</past_answer>""", RegexOptions.Singleline)]
    private static partial Regex PastAnswerPattern();
}
