using Bunit;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Jobs.Serving;
using FusionStudio.Testing;
using FusionStudio.UnitTests.Library;
using FusionStudio.Web.Components.Pages.Recipes;
using FusionStudio.Web.Library;
using FusionStudio.Web.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FusionStudio.UnitTests.Recipes;

/// <summary>The Recipes page (list, form errors by field, a new version) and a recipe's dashboard over crafted traffic.</summary>
public sealed class RecipePagesTests : LibraryTestContext
{
    public RecipePagesTests()
    {
        Services.AddSingleton<ServingPlanLoader>();
        Services.AddScoped<RecipeStore>();
        Services.AddTransient<RecipeDashboardQuery>();
    }

    [Fact]
    public async Task The_list_shows_each_recipe_with_its_kind_version_teachers_and_limits()
    {
        var library = await SeedLibraryAsync();
        await CreateAsync(library, "support-fusion", input => input.DailyBudget = 12.5m);
        await CreateAsync(library, "baseline", input =>
        {
            input.Kind = RecipeKind.Single;
            input.TeacherIds = [library.Teachers[0]];
            input.PoolId = null;
        });

        var page = Render<RecipeList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=recipe-table] tbody tr").Count));
        var rows = page.FindAll("[data-testid=recipe-table] tbody tr");
        Assert.Contains("baseline", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Single", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("support-fusion", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("FusioN", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("v1", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Concise, Detailed", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("$12.5 a day", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_error_shows_under_its_own_field_and_nothing_is_saved()
    {
        await SeedLibraryAsync();
        var page = Render<RecipeList>();
        page.WaitForElement("[data-testid=recipe-save]");

        page.Input("Model name").Change("Support Bot!");
        page.Input("Call deadline (s)").Change("30");
        page.Input("Request deadline (s)").Change("20");
        page.Find("[data-testid=recipe-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("lower-case letters", page.ErrorOf("Model name"), StringComparison.Ordinal));
        Assert.Contains("Choose the teacher pool", page.ErrorOf("Teacher pool"), StringComparison.Ordinal);
        Assert.Contains("Choose the teacher that fuses", page.ErrorOf("Fusor"), StringComparison.Ordinal);
        Assert.Contains("longer than one call", page.ErrorOf("Request deadline (s)"), StringComparison.Ordinal);
        Assert.Equal("", page.ErrorOf("Call deadline (s)"));
        Assert.Empty(page.FindAll("[data-testid=recipe-error]"));
        await using var db = Db();
        Assert.False(await db.Recipes.AnyAsync());
    }

    [Fact]
    public async Task A_routed_recipe_without_router_or_fallback_names_both_fields()
    {
        await SeedLibraryAsync();
        var page = Render<RecipeList>();
        page.WaitForElement("[data-testid=recipe-save]");

        await page.InvokeAsync(() => page.FindComponent<MudSelect<RecipeKind>>().Instance.ValueChanged.InvokeAsync(RecipeKind.Routed));
        page.Find("[data-testid=recipe-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose the router", page.ErrorOf("Router"), StringComparison.Ordinal));
        Assert.Contains("Choose the teacher that answers when the router cannot pick", page.ErrorOf("Fallback teacher"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=recipe-fusor]"));
    }

    [Fact]
    public async Task Saving_under_an_existing_name_makes_its_next_version()
    {
        var library = await SeedLibraryAsync();
        await CreateAsync(library, "support-fusion");
        var page = Render<RecipeList>();
        page.WaitForAssertion(() => Assert.Contains("v1", page.Find("[data-testid=recipe-table] tbody tr").TextContent, StringComparison.Ordinal));

        page.Input("Model name").Change("support-fusion");
        await page.InvokeAsync(() => Select(page, "recipe-pool").ValueChanged.InvokeAsync(library.PoolId));
        await page.InvokeAsync(() => Select(page, "recipe-fusor").ValueChanged.InvokeAsync(library.FusorId));
        page.Input("Call deadline (s)").Change("20");
        page.Input("Request deadline (s)").Change("45");
        page.Find("[data-testid=recipe-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("v2", page.Find("[data-testid=recipe-table] tbody tr").TextContent, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-testid=recipe-table] tbody tr"));
        await using var db = Db();
        var recipe = await db.Recipes.SingleAsync();
        Assert.Equal(2, recipe.CurrentVersion);
        var latest = await db.RecipeVersions.SingleAsync(v => v.Version == 2);
        Assert.Equal((20, 45), (latest.Limits.CallTimeoutSeconds, latest.Limits.RequestTimeoutSeconds));
        Assert.Equal(60, (await db.RecipeVersions.SingleAsync(v => v.Version == 1)).Limits.CallTimeoutSeconds);
    }

    [Fact]
    public async Task The_dashboard_shows_each_days_requests_latency_rates_and_cost_in_dollars()
    {
        var library = await SeedLibraryAsync();
        var recipeId = await CreateAsync(library, "support-fusion");
        var today = DateTimeOffset.UtcNow.UtcDateTime.Date;
        await using (var db = Db())
        {
            var dataset = new Dataset { Name = "Live", CreatedAt = DateTimeOffset.UtcNow, Prompts = [new DatasetPrompt { Text = "Why?", Language = "und", Task = "live" }] };
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync();
            var run = new Run { Name = "Live: support-fusion v1", Source = RunSource.Live, Status = RunStatus.Running, DatasetId = dataset.Id, CreatedAt = DateTimeOffset.UtcNow };
            db.Runs.Add(run);
            await db.SaveChangesAsync();
            var version = await db.RecipeVersions.SingleAsync();
            version.LiveRunId = run.Id;
            var at = new DateTimeOffset(today.AddHours(1), TimeSpan.Zero);
            var yesterday = at.AddDays(-1);
            // Today: ten requests of 100..1000 ms, one failed and two fell back; yesterday: one.
            db.ServedRequests.AddRange(Enumerable.Range(1, 10).Select(i => new ServedRequest
            {
                RecipeId = recipeId, RecipeVersionId = version.Id, RunId = run.Id, StartedAt = at, LatencyMs = i * 100,
                Outcome = i == 1 ? ServedOutcome.Failed : i <= 3 ? ServedOutcome.Fallback : ServedOutcome.Answered,
            }));
            db.ServedRequests.Add(new ServedRequest { RecipeId = recipeId, RecipeVersionId = version.Id, RunId = run.Id, StartedAt = yesterday, LatencyMs = 250 });
            var promptId = dataset.Prompts[0].Id;
            db.ModelCalls.AddRange(TestCalls.One(ModelCallPurpose.Generate, run.Id, promptId, at, 100, 50, cost: 0.25m));
            db.ModelCalls.AddRange(TestCalls.One(ModelCallPurpose.Fuse, run.Id, promptId, at, 100, 50, cost: 1.25m));
            db.ModelCalls.AddRange(TestCalls.One(ModelCallPurpose.Generate, run.Id, promptId, yesterday, 10, 5, cost: 0.004m));
            await db.SaveChangesAsync();
        }

        var page = Render<RecipeDashboard>(p => p.Add(c => c.RecipeId, recipeId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=recipe-days] tbody tr").Count));
        var days = page.FindAll("[data-testid=recipe-days] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "10", "500 ms", "1000 ms", "10.0 %", "20.0 %", "$1.5"], days[0]);
        Assert.Equal(["1", "250 ms", "250 ms", "0.0 %", "0.0 %", "$0.004"], days[1].Skip(1));
    }

    private static MudSelect<int?> Select(IRenderedComponent<RecipeList> page, string testId) =>
        page.FindComponents<MudSelect<int?>>().First(s => s.Instance.UserAttributes.TryGetValue("data-testid", out var id) && (string?)id == testId).Instance;

    private async Task<int> CreateAsync(SeededLibrary library, string name, Action<RecipeInput>? change = null)
    {
        var input = new RecipeInput { Name = name, PoolId = library.PoolId, FusorTeacherId = library.FusorId, FusorTemplateId = library.FusorTemplateId };
        change?.Invoke(input);
        var saved = await Services.GetRequiredService<RecipeStore>().CreateAsync(input, new LibraryEditor("member@example.test"));
        return saved.Id ?? throw new InvalidOperationException(string.Join("; ", saved.FieldErrors.Values));
    }

    private async Task<SeededLibrary> SeedLibraryAsync()
    {
        await using var db = Db();
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "Simulated", Kind = ProviderKind.Simulated, CreatedAt = now };
        Teacher Teacher(string name) => new() { Name = name, Provider = provider, Model = "sim-" + name.ToLowerInvariant(), MaxTokens = 100, CreatedAt = now };
        var (concise, detailed, fusor) = (Teacher("Concise"), Teacher("Detailed"), Teacher("Fusor"));
        var pool = new TeacherPool
        {
            Name = "Two styles",
            CreatedAt = now,
            Members = [new TeacherPoolMember { Teacher = concise, Position = 0 }, new TeacherPoolMember { Teacher = detailed, Position = 1 }],
        };
        var template = new PromptTemplate { Name = "Fuse", Kind = PromptTemplateKind.Fusor, IsBuiltIn = true, CreatedAt = now };
        template.AddVersion("Fuse the candidates.", "{{prompt}}\n{{candidates}}", null, null, now);
        db.AddRange(provider, concise, detailed, fusor, pool, template);
        await db.SaveChangesAsync();
        return new SeededLibrary(pool.Id, [concise.Id, detailed.Id], fusor.Id, template.Id);
    }

    private sealed record SeededLibrary(int PoolId, List<int> Teachers, int FusorId, int FusorTemplateId);
}
