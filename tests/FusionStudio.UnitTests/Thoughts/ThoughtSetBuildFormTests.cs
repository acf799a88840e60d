using Bunit;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Jobs.Thoughts;
using FusionStudio.Testing;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web;
using FusionStudio.Web.Components.Pages.Thoughts;
using FusionStudio.Web.Demo;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Thoughts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Extensions;

namespace FusionStudio.UnitTests.Thoughts;

/// <summary>The build form on /thoughts, checked by the API's own service: errors by field, and a build queued with what was chosen.</summary>
public sealed class ThoughtSetBuildFormTests : ThoughtPagesTestContext
{
    [Fact]
    public async Task Building_with_nothing_chosen_names_each_field_and_queues_nothing()
    {
        var (_, _, providerId) = await SeedAsync();
        var form = Render<ThoughtSetBuildForm>();
        form.WaitForAssertion(() => Assert.Single(form.FindAll("[data-testid=thought-source-run]")));

        // A provider's embedding model without its name.
        await form.InvokeAsync(() => form.FindComponents<MudSelect<int>>().Single().Instance.ValueChanged.InvokeAsync(providerId));
        await form.Find("[data-testid=build-thought-set]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Contains("Give the set a name", form.Markup, StringComparison.Ordinal));
        Assert.Equal("Choose at least one run or imported log to learn from.", form.Find("[data-testid=thought-sources-error]").TextContent.Trim());
        Assert.Equal("Choose the teacher that writes the templates.", form.FindComponents<MudSelect<int?>>()[0].Instance.GetState(x => x.ErrorText));
        Assert.Contains("is not an embedding model", form.Find("[data-testid=thought-embedding-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(Jobs.Jobs);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.ThoughtTemplateSets.AnyAsync());
    }

    [Fact]
    public async Task A_filled_form_queues_the_build_of_a_set_with_the_chosen_log_summarizer_and_built_in_prompt()
    {
        var (logId, summarizerId, providerId) = await SeedAsync();
        var started = new List<int>();
        var form = Render<ThoughtSetBuildForm>(p => p.Add(x => x.Started, id => started.Add(id)));
        form.WaitForAssertion(() => Assert.Single(form.FindAll("[data-testid=thought-source-run]")));
        Assert.Contains("imported log · 300 queries · 8 models", form.Find("[data-testid=build-thought-set-form]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Per past query, its top 5 answers by score (ties: lower cost), re-ranked by the judge to the best 3.", form.Find("[data-testid=thought-source-pick]").TextContent.Trim());

        form.Find("input[data-testid=thought-set-name]").Change("shared logs");
        form.Find("[data-testid=build-thought-set-form] input[type=checkbox]").Change(true);
        var selects = form.FindComponents<MudSelect<int?>>();
        await form.InvokeAsync(() => selects[0].Instance.ValueChanged.InvokeAsync(summarizerId));
        await form.InvokeAsync(() => form.FindComponents<MudSelect<int>>().Single().Instance.ValueChanged.InvokeAsync(providerId));
        form.Find("input[data-testid=thought-embedding-model]").Change("text-embed");
        await form.Find("[data-testid=build-thought-set]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Single(started));
        await using var db = Database.CreateDbContext();
        var set = await db.ThoughtTemplateSets.SingleAsync();
        Assert.Equal(started[0], set.Id);
        Assert.Equal(("shared logs", ThoughtTemplateSetStatus.Building, summarizerId), (set.Name, set.Status, set.SummarizerTeacherId));
        Assert.Equal([logId], set.SourceRunIds);
        Assert.Equal(EmbeddingModelKey.ForProvider(providerId, "text-embed"), set.EmbeddingModel);
        var builtIn = await db.PromptTemplateVersions.Where(v => v.Template!.IsBuiltIn && v.Template.Kind == PromptTemplateKind.ThoughtSummarizer).Select(v => v.Id).SingleAsync();
        Assert.Equal(builtIn, set.SummarizerTemplateVersionId);
        var job = Assert.Single(Jobs.Jobs);
        Assert.Equal(typeof(BuildThoughtTemplatesJob), job.Type);
        Assert.Equal(set.Id, job.Args[0]);
    }

    /// <summary>The shared logs imported, the built-in prompts, and an OpenAI-compatible provider with a teacher to summarize.</summary>
    private async Task<(int LogId, int SummarizerId, int ProviderId)> SeedAsync()
    {
        var importer = new LogImporter(Database, new EditorCheck(PlannerServices.Authorization()), Options.Create(new LogImportOptions()), TimeProvider.System);
        await using var file = RoutingLogSample.Open();
        var imported = await importer.ImportAsync(
            file, RoutingLogSample.FileName, new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, PlannerServices.Person(AppRoles.Member), RoutingLogSample.Prices);
        await using var db = Database.CreateDbContext();
        await new BuiltInPromptSeeder(db, TimeProvider.System).SeedAsync(CancellationToken.None);
        var provider = new Provider { Name = "openai-like", BaseUrl = "http://127.0.0.1:9/v1", CreatedAt = DateTimeOffset.UtcNow };
        var teacher = new Teacher { Name = "summarizer", Provider = provider, Model = "big-model", CreatedAt = DateTimeOffset.UtcNow };
        db.Teachers.Add(teacher);
        await db.SaveChangesAsync();
        return (imported.RunId!.Value, teacher.Id, provider.Id);
    }
}
