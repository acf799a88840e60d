using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Demo;

/// <summary>
/// Seeds the demo workspace of the embedded default: the simulated provider, its teachers, a pool and a
/// multilingual dataset. Seeds once; a workspace that already has the simulated provider is left alone.
/// </summary>
internal sealed class DemoSeeder(
    FusionDbContext db, DemoAdminCreator admin, DemoRunStarter demoRun, DemoRecipeSeeder recipe, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string ProviderName = "Simulated";
    public const string PoolName = "Demo pool: four styles";
    public const string DatasetName = "Demo: multilingual questions";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await admin.CreateIfNobodyCanLogInAsync(cancellationToken);
        if (await db.Providers.AnyAsync(p => p.Kind == ProviderKind.Simulated, cancellationToken))
        {
            // Workspaces seeded before recipes existed get the demo recipe too.
            await recipe.EnsureAsync(cancellationToken);
            return;
        }

        var now = clock.GetUtcNow();
        var provider = new Provider
        {
            Name = ProviderName,
            Kind = ProviderKind.Simulated,
            MaxConcurrency = 16,
            // Nominal prices so that cost accounting shows up in the demo; nothing is ever charged.
            InputPricePerMillionTokens = 0.50m,
            OutputPricePerMillionTokens = 1.50m,
            CreatedAt = now,
        };
        db.Providers.Add(provider);

        var teachers = DemoTeachers.All.Append(DemoTeachers.Judge).Append(DemoTeachers.Fusor)
            .Select(t => new Teacher { Name = t.Name, Provider = provider, Model = t.Model, Temperature = t.Temperature, MaxTokens = 512, CreatedAt = now })
            .ToList();
        db.Teachers.AddRange(teachers);

        db.TeacherPools.Add(new TeacherPool
        {
            Name = PoolName,
            Description = "Four simulated teachers, one sample each: the teacher-pool setting.",
            CreatedAt = now,
            Members = teachers.Take(DemoTeachers.All.Count)
                .Select((teacher, index) => new TeacherPoolMember { Teacher = teacher, SampleCount = 1, Position = index })
                .ToList(),
        });

        var dataset = new Dataset
        {
            Name = DatasetName,
            Description = "Twelve everyday questions in eight languages, including Arabic, Chinese and Japanese.",
            CreatedAt = now,
            PromptCount = DemoPrompts.All.Count,
            Prompts = DemoPrompts.All
                .Select((prompt, index) => new DatasetPrompt { Ordinal = index, Text = prompt.Text, Language = prompt.Language, Task = prompt.Task })
                .ToList(),
        };
        db.Datasets.Add(dataset);

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo workspace with the {Label} provider", Provider.SimulatedLabel);

        // A run of the demo workspace, so a new user sees results at once; the in-process workers finish it in seconds.
        await demoRun.StartAsync(dataset, teachers, cancellationToken);
        await recipe.EnsureAsync(cancellationToken);
    }
}
