using Bunit;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Serving;
using FusionStudio.UnitTests.Library;
using FusionStudio.Web.Components.Pages.Runs.Detail;
using FusionStudio.Web.Recipes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>"Save as recipe" on the run page's setup panel: a dialog prefilled from the run that saves through the recipe store.</summary>
public sealed class SaveAsRecipeTests : RunPagesTestContext
{
    public SaveAsRecipeTests()
        : base(services => services
            .AddSingleton(new ApiKeyProtector(new EphemeralDataProtectionProvider()))
            .AddSingleton<ServingPlanLoader>()
            .AddScoped<RecipeStore>()
            .AddTransient<RecipeDraftQuery>())
    {
    }

    [Fact]
    public async Task A_fusion_run_is_saved_as_a_fusion_recipe_with_its_teachers_fusor_and_prompt()
    {
        var (run, library) = await SeedRunAsync(AggregationMethod.BestOfN, AggregationMethod.FusionOfN);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=save-as-recipe]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("half-way-run", InputOf(dialogs, "recipe-draft-name").GetAttribute("value")));
        Assert.Equal(RecipeKind.FusionOfN, KindOf(dialogs));
        Assert.Empty(dialogs.FindAll("[data-testid=recipe-draft-fallback]"));
        Assert.Contains("3 teacher samples, the run's fusor and fusor prompt", dialogs.Find("[data-testid=recipe-draft-carried]").TextContent, StringComparison.Ordinal);
        dialogs.Find("[data-testid=recipe-draft-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=recipe-draft-save]")));
        await using var db = Db();
        var recipe = await db.Recipes.SingleAsync();
        Assert.Equal("half-way-run", recipe.Name);
        var version = await db.RecipeVersions.SingleAsync();
        Assert.Equal(RecipeKind.FusionOfN, version.Kind);
        Assert.Equal([library.ConciseId, library.ConciseId, library.DetailedId], version.TeacherIds);
        Assert.Equal(library.FusorId, version.FusorTeacherId);
        Assert.Equal(run.FusorTemplateVersionId, version.FusorTemplateVersionId);
        Assert.Equal(new RecipeLimits().RequestTimeoutSeconds, version.Limits.RequestTimeoutSeconds);
    }

    [Fact]
    public async Task A_mixture_run_preselects_mixture_of_agents_and_carries_its_layers_and_proposer_prompt()
    {
        var (run, _) = await SeedRunAsync(AggregationMethod.MixtureOfAgents, AggregationMethod.FusionOfN);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=save-as-recipe]").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(RecipeKind.MixtureOfAgents, KindOf(dialogs)));
        dialogs.Find("[data-testid=recipe-draft-save]").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=recipe-draft-save]")));
        await using var db = Db();
        var version = await db.RecipeVersions.SingleAsync();
        Assert.Equal(RecipeKind.MixtureOfAgents, version.Kind);
        Assert.Equal(3, version.Layers);
        Assert.Equal(run.ProposerTemplateVersionId, version.ProposerTemplateVersionId);
    }

    [Fact]
    public async Task The_stores_errors_show_under_their_field_and_nothing_is_saved()
    {
        var (run, _) = await SeedRunAsync(AggregationMethod.FusionOfN);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));
        page.WaitForElement("[data-testid=save-as-recipe]").Click();
        dialogs.WaitForAssertion(() => InputOf(dialogs, "recipe-draft-name"));

        InputOf(dialogs, "recipe-draft-name").Change("Not A Model Name!");
        dialogs.Find("[data-testid=recipe-draft-save]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("lower-case letters", dialogs.ErrorOf("Model name"), StringComparison.Ordinal));
        await using var db = Db();
        Assert.False(await db.Recipes.AnyAsync());
    }

    [Fact]
    public async Task A_run_of_selection_methods_only_offers_no_recipe()
    {
        var (run, _) = await SeedRunAsync(AggregationMethod.BestOfN, AggregationMethod.Mbr);

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=setup]");
        Assert.Empty(page.FindAll("[data-testid=save-as-recipe]"));
    }

    [Fact]
    public async Task Viewers_see_no_save_as_recipe_button()
    {
        var (run, _) = await SeedRunAsync(AggregationMethod.FusionOfN);
        SignInAsViewer();

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=setup]");
        Assert.Empty(page.FindAll("[data-testid=save-as-recipe]"));
    }

    private async Task<(Run Run, RunPagesLibrary Library)> SeedRunAsync(params AggregationMethod[] methods)
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        var run = await RunPagesRun.SeedAsync(db, library);
        var versions = await db.PromptTemplateVersions.Include(v => v.Template).ToListAsync();
        run.Methods = [.. methods];
        run.FusorTemplateVersionId = versions.Single(v => v.Template!.Kind == PromptTemplateKind.Fusor).Id;
        run.ProposerTemplateVersionId = versions.Single(v => v.Template!.Kind == PromptTemplateKind.MoaProposer).Id;
        run.MixtureLayers = 3;
        await db.SaveChangesAsync();
        return (run, library);
    }

    private static RecipeKind KindOf(IRenderedComponent<MudDialogProvider> dialogs) =>
        dialogs.FindComponent<MudSelect<RecipeKind>>().Instance.GetState(x => x.Value);

    private static AngleSharp.Dom.IElement InputOf(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> component, string testId)
    {
        var element = component.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException($"{testId} has no input.");
    }
}
