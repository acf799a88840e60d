using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>
/// A small library: teachers "Concise" (max 100 tokens, 2 samples) and "Detailed" (max 200, 1 sample) in one
/// pool, a judge and a fusor named as in the demo, the built-in templates, a 10-prompt dataset of 40-character
/// prompts in English and Arabic and, if asked, an empty dataset.
/// </summary>
public sealed record RunPagesLibrary(
    int DatasetId,
    int EmptyDatasetId,
    int PoolId,
    int ConciseId,
    int DetailedId,
    int JudgeId,
    int? FusorId,
    int PointwiseTemplateId,
    int PairwiseTemplateId,
    int FusorTemplateId)
{
    public const int PromptCount = 10;

    public static async Task<RunPagesLibrary> SeedAsync(FusionDbContext db, bool withFusor = true, bool withDataset = true, bool withEmptyDataset = false)
    {
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "Simulated", Kind = ProviderKind.Simulated, InputPricePerMillionTokens = 0.5m, OutputPricePerMillionTokens = 1.5m, CreatedAt = now };
        Teacher Teacher(string name, int maxTokens) => new() { Name = name, Provider = provider, Model = "sim-" + name.ToLowerInvariant(), MaxTokens = maxTokens, CreatedAt = now };
        var concise = Teacher("Concise", 100);
        var detailed = Teacher("Detailed", 200);
        var judge = Teacher("Judge (simulated)", 50);
        var fusor = withFusor ? Teacher("Fusor (simulated)", 300) : null;
        db.AddRange(new object?[] { provider, concise, detailed, judge, fusor }.OfType<object>());

        var pool = new TeacherPool
        {
            Name = "Two styles",
            CreatedAt = now,
            Members = [new TeacherPoolMember { Teacher = concise, SampleCount = 2, Position = 0 }, new TeacherPoolMember { Teacher = detailed, SampleCount = 1, Position = 1 }],
        };
        db.Add(pool);

        var templates = DefaultPromptTemplates.All.Select(builtIn =>
        {
            var template = new PromptTemplate { Name = builtIn.Name, Kind = builtIn.Kind, IsBuiltIn = true, CreatedAt = now };
            template.AddVersion(builtIn.SystemText, builtIn.UserText, null, null, now);
            return template;
        }).ToList();
        db.AddRange(templates);

        var dataset = new Dataset
        {
            Name = "Questions",
            CreatedAt = now,
            PromptCount = PromptCount,
            Prompts = Enumerable.Range(0, PromptCount).Select(i => new DatasetPrompt
            {
                Ordinal = i,
                Text = $"Question number {i}?".PadRight(40, '.'),
                Language = i % 2 == 0 ? "en" : "ar",
                Task = "qa",
            }).ToList(),
        };
        var empty = new Dataset { Name = "Empty", CreatedAt = now };
        if (withDataset)
        {
            db.Add(dataset);
        }

        if (withEmptyDataset)
        {
            db.Add(empty);
        }

        await db.SaveChangesAsync();
        int TemplateOf(PromptTemplateKind kind) => templates.Single(t => t.Kind == kind).Id;
        return new RunPagesLibrary(
            dataset.Id, empty.Id, pool.Id, concise.Id, detailed.Id, judge.Id, fusor?.Id,
            TemplateOf(PromptTemplateKind.PointwiseJudge), TemplateOf(PromptTemplateKind.PairwiseJudge), TemplateOf(PromptTemplateKind.Fusor));
    }
}
