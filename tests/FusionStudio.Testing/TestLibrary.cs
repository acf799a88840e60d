using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;

namespace FusionStudio.Testing;

/// <summary>Stores a minimal library (provider, teacher, pool, dataset) and a run over it, for data-level tests.</summary>
public static class TestLibrary
{
    public static async Task<TestLibraryRows> SeedAsync(FusionDbContext db, int promptCount = 3, string baseUrl = "http://127.0.0.1:9/v1")
    {
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "provider-" + Guid.NewGuid().ToString("N")[..8], BaseUrl = baseUrl, CreatedAt = now };
        var teacher = new Teacher { Name = "teacher-" + Guid.NewGuid().ToString("N")[..8], Provider = provider, Model = "sim-concise", CreatedAt = now };
        var pool = new TeacherPool
        {
            Name = "pool-" + Guid.NewGuid().ToString("N")[..8],
            CreatedAt = now,
            Members = [new TeacherPoolMember { Teacher = teacher, SampleCount = 2 }],
        };
        var dataset = new Dataset
        {
            Name = "dataset-" + Guid.NewGuid().ToString("N")[..8],
            CreatedAt = now,
            PromptCount = promptCount,
            Prompts = Enumerable.Range(0, promptCount)
                .Select(i => new DatasetPrompt { Ordinal = i, Text = $"Question {i}?", Language = "en", Task = "qa" })
                .ToList(),
        };
        db.AddRange(provider, teacher, pool, dataset);
        await db.SaveChangesAsync();

        var run = new Run
        {
            Name = "run-" + Guid.NewGuid().ToString("N")[..8],
            DatasetId = dataset.Id,
            PoolId = pool.Id,
            CreatedAt = now,
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            ComparisonPairs = [MethodPair.FusionVersusBestOfN],
            Teachers = [new RunTeacher { TeacherId = teacher.Id, SampleCount = 2 }],
            Counters = new RunCounters { PromptCount = promptCount },
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        return new TestLibraryRows(provider, teacher, pool, dataset, run);
    }
}
