using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Jobs.Runs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Testing;

/// <summary>Builds a library pointing at a model server and a run over it, the way the New run page pins one.</summary>
public static class TestRuns
{
    private static readonly string[] _languages = ["en", "de", "fr", "ar", "zh", "ja"];

    public static async Task<int> CreateAsync(FusionApp app, string baseUrl, TestRunShape shape)
    {
        await using var db = app.CreateDbContext();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = $"fake-{suffix}", BaseUrl = baseUrl, MaxConcurrency = shape.Concurrency, TimeoutSeconds = 30, InputPricePerMillionTokens = 1m, OutputPricePerMillionTokens = 2m, CreatedAt = now };
        Teacher NewTeacher(string model) => new() { Name = $"{model}-{suffix}", Provider = provider, Model = model, Temperature = 0.7, MaxTokens = 256, CreatedAt = now };
        var teachers = shape.TeacherModels.Select(NewTeacher).ToList();
        var judge = NewTeacher(shape.JudgeModel);
        judge.Temperature = 0;
        var fusor = NewTeacher(shape.FusorModel);
        var dataset = new Dataset
        {
            Name = $"dataset-{suffix}",
            CreatedAt = now,
            PromptCount = shape.Prompts,
            Prompts = Enumerable.Range(0, shape.Prompts)
                .Select(i => new DatasetPrompt { Ordinal = i, Text = $"How does topic number {i} work, and why does it matter?", Language = _languages[i % _languages.Length], Task = i % 2 == 0 ? "explanation" : "advice" })
                .ToList(),
        };
        db.AddRange(teachers);
        db.AddRange(judge, fusor, dataset);
        await db.SaveChangesAsync();

        var versions = await db.PromptTemplates.Where(t => t.IsBuiltIn)
            .Select(t => new { t.Kind, Version = t.Versions.OrderByDescending(v => v.Number).First().Id })
            .ToDictionaryAsync(t => t.Kind, t => t.Version);
        var run = new Run
        {
            Name = $"run-{suffix}",
            DatasetId = dataset.Id,
            CreatedAt = now,
            Seed = 42,
            Methods = [.. shape.Methods],
            ComparisonPairs = shape.Pairs is { } pairs ? [.. pairs]
                : shape.Methods.Contains(AggregationMethod.FusionOfN) && shape.Methods.Contains(AggregationMethod.BestOfN) ? [MethodPair.FusionVersusBestOfN] : [],
            JudgeTeacherId = judge.Id,
            FusorTeacherId = fusor.Id,
            FusorTemplateVersionId = shape.FusorTemplateVersionId ?? versions[PromptTemplateKind.Fusor],
            PointwiseJudgeTemplateVersionId = versions[PromptTemplateKind.PointwiseJudge],
            PairwiseJudgeTemplateVersionId = versions[PromptTemplateKind.PairwiseJudge],
            ProposerTemplateVersionId = shape.Methods.Contains(AggregationMethod.MixtureOfAgents) ? versions[PromptTemplateKind.MoaProposer] : null,
            MixtureLayers = shape.MixtureLayers,
            BudgetCap = shape.BudgetCap,
            Teachers = teachers.Select((t, i) => new RunTeacher { TeacherId = t.Id, SampleCount = shape.SamplesPerTeacher, Position = i }).ToList(),
            Counters = new RunCounters { PromptCount = shape.Prompts },
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    }

    /// <summary>Same dataset, teachers, judge and fusor as <paramref name="runId"/>; only what <paramref name="change"/> sets differs.</summary>
    public static async Task<int> CopyAsync(FusionApp app, int runId, Action<Run> change)
    {
        await using var db = app.CreateDbContext();
        var source = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
        var copy = new Run
        {
            Name = source.Name + " (again)",
            DatasetId = source.DatasetId,
            CreatedAt = DateTimeOffset.UtcNow,
            Seed = source.Seed,
            Methods = [.. source.Methods],
            ComparisonPairs = [.. source.ComparisonPairs],
            JudgeTeacherId = source.JudgeTeacherId,
            FusorTeacherId = source.FusorTeacherId,
            FusorTemplateVersionId = source.FusorTemplateVersionId,
            PointwiseJudgeTemplateVersionId = source.PointwiseJudgeTemplateVersionId,
            PairwiseJudgeTemplateVersionId = source.PairwiseJudgeTemplateVersionId,
            Teachers = source.Teachers.Select(t => new RunTeacher { TeacherId = t.TeacherId, SampleCount = t.SampleCount, Position = t.Position }).ToList(),
            Counters = new RunCounters { PromptCount = source.Counters.PromptCount },
        };
        change(copy);
        db.Runs.Add(copy);
        await db.SaveChangesAsync();
        return copy.Id;
    }

    public static Task StartAsync(FusionApp app, int runId) =>
        app.Services.GetRequiredService<RunControl>().StartAsync(runId, CancellationToken.None);

    /// <summary>Waits until the run has finished (completed, with failures, or cancelled) and returns it.</summary>
    public static async Task<Run> WaitUntilFinishedAsync(FusionApp app, int runId, TimeSpan? within = null)
    {
        try
        {
            return await Eventually.ValueAsync(
                async () =>
                {
                    await using var db = app.CreateDbContext();
                    var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
                    return run.Status.IsFinished() ? run : null;
                },
                within ?? TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} {DescribeJobs(app)}", timeout);
        }
    }

    /// <summary>No job left in the queue or running, so nothing more can happen behind the test's back.</summary>
    public static Task WaitUntilQueueIdleAsync(FusionApp app) =>
        Eventually.TrueAsync(
            () =>
            {
                var statistics = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics();
                return Task.FromResult(statistics.Enqueued == 0 && statistics.Processing == 0);
            },
            TimeSpan.FromMinutes(2));

    /// <summary>What the job queue holds, with the exceptions of failed jobs: the first thing to read when a run hangs.</summary>
    public static string DescribeJobs(FusionApp app)
    {
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        var failures = monitoring.FailedJobs(0, 5).Select(j => $"{j.Value.ExceptionType}: {j.Value.ExceptionMessage}\n{j.Value.ExceptionDetails}");
        return $"Jobs: {statistics.Enqueued} enqueued, {statistics.Processing} processing, {statistics.Failed} failed, {statistics.Scheduled} scheduled, {statistics.Servers} servers.\n"
            + string.Join("\n---\n", failures);
    }
}
