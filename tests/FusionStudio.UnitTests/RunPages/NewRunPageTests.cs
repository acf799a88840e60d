using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.New;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.RunPages;

public sealed class NewRunPageTests : RunPagesTestContext
{
    [Fact]
    public async Task Starting_without_a_dataset_marks_the_dataset_field()
    {
        await using (var db = Db())
        {
            await RunPagesLibrary.SeedAsync(db, withDataset: false);
        }

        var page = Render<NewRunPage>();
        page.WaitForElement("[data-testid=start-run]").Click();

        page.WaitForAssertion(() =>
        {
            var field = page.Find("[data-testid=dataset-select]");
            Assert.Equal("true", field.GetAttribute("aria-invalid"));
            Assert.Contains("Choose a dataset.", field.Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal);
        });
        Assert.NotNull(page.Find("[data-testid=form-errors]"));
        Assert.Empty(Jobs.Jobs);
    }

    [Fact]
    public async Task Starting_without_a_method_says_to_choose_one()
    {
        await SeedLibraryAsync();
        var page = Render<NewRunPage>();

        foreach (var method in Enum.GetValues<AggregationMethod>())
        {
            Untick(page, method);
        }

        page.Find("[data-testid=start-run]").Click();

        page.WaitForAssertion(() => Assert.Equal("Choose at least one method.", page.Find("[data-testid=methods-error]").TextContent.Trim()));
        await using var db = Db();
        Assert.Equal(0, await db.Runs.CountAsync());
    }

    [Fact]
    public async Task Fusion_without_a_fusor_marks_the_fusor_field()
    {
        await using (var db = Db())
        {
            await RunPagesLibrary.SeedAsync(db, withFusor: false);
        }

        var page = Render<NewRunPage>();
        page.WaitForElement("[data-testid=start-run]").Click();

        page.WaitForAssertion(() => Assert.Contains("Fusion-of-N needs a fusor.", page.Markup));
        Assert.DoesNotContain("Choose a dataset.", page.Markup);

        // Errors follow the form once shown: without fusion there is nothing to fix.
        Untick(page, AggregationMethod.FusionOfN);
        page.WaitForAssertion(() => Assert.DoesNotContain("Fusion-of-N needs a fusor.", page.Markup));
    }

    [Fact]
    public async Task The_estimate_follows_the_methods()
    {
        await SeedLibraryAsync();
        var page = Render<NewRunPage>();

        // 10 prompts × 3 candidates: generation 30, pointwise judge 30 + 10 fused answers, fusion 10, Fusion-of-N vs Best-of-N 10 × 2.
        page.WaitForAssertion(() => Assert.Equal("100", Calls(page)));

        Untick(page, AggregationMethod.FusionOfN);
        page.WaitForAssertion(() => Assert.Equal("60", Calls(page)));
        Assert.Empty(page.FindAll("[data-testid=estimate-Fusion]"));
        Assert.Empty(page.FindAll("[data-testid=pair]"));

        Untick(page, AggregationMethod.BestOfN);
        page.WaitForAssertion(() => Assert.Equal("30", Calls(page)));
    }

    [Fact]
    public async Task The_page_offers_mixture_of_agents_with_its_layers_and_estimates_its_calls()
    {
        await SeedLibraryAsync();
        var page = Render<NewRunPage>();
        page.WaitForAssertion(() => Assert.Equal("100", Calls(page)));
        Assert.Empty(page.FindAll("[data-testid=mixture-fields]"));

        page.Find($"input[data-testid=method-{AggregationMethod.MixtureOfAgents}]").Change(true);

        // 2 layers: 10 prompts × 3 proposers, one more fusor call and one more fused answer scored per prompt.
        page.WaitForAssertion(() => Assert.Equal("150", Calls(page)));
        Assert.Equal("2", page.Find("input[data-testid=mixture-layers-field]").GetAttribute("value"));
        Assert.Contains("MoA proposer (default)", page.Find("[data-testid=proposer-template-select]").Closest(".mud-input-control")!.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("MoA layers", page.Find("[data-testid=estimate-MixtureLayers]").TextContent, StringComparison.Ordinal);

        page.Find("input[data-testid=mixture-layers-field]").Change("3");
        page.WaitForAssertion(() => Assert.Equal("180", Calls(page)));

        page.Find("[data-testid=start-run]").Click();
        page.WaitForAssertion(() => Assert.Matches(@"/runs/\d+$", Services.GetRequiredService<NavigationManager>().Uri));
        await using var db = Db();
        var run = await db.Runs.AsNoTracking().SingleAsync();
        Assert.Contains(AggregationMethod.MixtureOfAgents, run.Methods);
        Assert.Equal(3, run.MixtureLayers);
        var proposer = await db.PromptTemplateVersions.Include(v => v.Template).SingleAsync(v => v.Id == run.ProposerTemplateVersionId);
        Assert.Equal(Domain.Prompts.PromptTemplateKind.MoaProposer, proposer.Template!.Kind);
    }

    [Fact]
    public async Task Start_run_creates_starts_and_opens_the_run()
    {
        await SeedLibraryAsync();
        var page = Render<NewRunPage>();

        page.WaitForElement("[data-testid=start-run]").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches(@"/runs/\d+$", navigation.Uri));
        await using var db = Db();
        var run = await db.Runs.SingleAsync();
        Assert.EndsWith($"/runs/{run.Id}", navigation.Uri, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Running, run.Status);
        Assert.Equal("member@example.test", run.CreatedBy);
        Assert.NotEmpty(Jobs.Jobs);
    }

    [Fact]
    public async Task Run_again_fills_the_form_from_the_run()
    {
        var library = await SeedLibraryAsync();
        await using (var db = Db())
        {
            db.Runs.Add(new Run
            {
                Name = "Earlier run",
                DatasetId = library.DatasetId,
                PoolId = library.PoolId,
                Methods = [AggregationMethod.Mbr, AggregationMethod.FusionOfN],
                ComparisonPairs = [new MethodPair(AggregationMethod.FusionOfN, AggregationMethod.Mbr)],
                FusorTeacherId = library.FusorId,
                JudgeTeacherId = library.JudgeId,
                Seed = 4242,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo("/runs/new?from=1");
        var page = Render<NewRunPage>();

        page.WaitForAssertion(() => Assert.Contains("Earlier run", page.Find("[data-testid=prefill-notice]").TextContent));
        Assert.Equal("4242", page.Find("input[data-testid=seed-field]").GetAttribute("value"));
        Assert.Single(page.FindAll("[data-testid=pair]"));
        // Generation 30, fusion 10, one pair × 10 prompts × 2 orders.
        Assert.Equal("60", Calls(page));
    }

    [Fact]
    public async Task A_dataset_with_prompts_flagged_for_their_language_is_warned_about()
    {
        var library = await SeedLibraryAsync();
        var page = Render<NewRunPage>();
        page.WaitForAssertion(() => Assert.Equal("100", Calls(page)));
        Assert.Empty(page.FindAll("[data-testid=flagged-prompts-warning]"));

        await using (var db = Db())
        {
            await db.DatasetPrompts.Where(p => p.DatasetId == library.DatasetId && p.Ordinal < 2)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.LanguageWarning, "language \"en\" expects Latin letters, but the text is mostly Arabic script"));
        }

        var flagged = Render<NewRunPage>();

        flagged.WaitForAssertion(() => Assert.Contains("2 prompts of this dataset have a language that does not fit its script",
            string.Join(' ', flagged.Find("[data-testid=flagged-prompts-warning]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            StringComparison.Ordinal));
    }

    private async Task<RunPagesLibrary> SeedLibraryAsync()
    {
        await using var db = Db();
        return await RunPagesLibrary.SeedAsync(db);
    }

    private static void Untick(IRenderedComponent<NewRunPage> page, AggregationMethod method) =>
        page.Find($"input[data-testid=method-{method}]").Change(false);

    private static string Calls(IRenderedComponent<NewRunPage> page) => page.Find("[data-testid=estimate-calls]").TextContent.Trim();
}
