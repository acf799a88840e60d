using AngleSharp.Dom;
using Bunit;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using FusionStudio.Web.Components.Pages.Library.Teachers;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace FusionStudio.UnitTests.Library;

public sealed class PoolFormTests : LibraryTestContext
{
    [Fact]
    public async Task A_pool_without_members_is_refused_with_a_message_at_the_members()
    {
        await AddTeachersAsync("Concise", "Detailed");
        var form = RenderForm();

        form.Input("Name").Change("Empty pool");
        form.Find("[data-testid=remove-member]").Click();
        form.Find("[data-testid=save-pool]").Click();

        form.WaitForAssertion(() => Assert.Equal(PoolRules.NoMembersMessage, form.Find("[data-testid=members-error]").TextContent.Trim()));
        await AssertNoPoolAsync();
    }

    [Fact]
    public async Task The_same_teacher_twice_is_shown_on_the_second_row()
    {
        await AddTeachersAsync("Concise", "Detailed");
        var popovers = Render<MudPopoverProvider>();
        var form = RenderForm();

        form.Input("Name").Change("Twice");
        await ChooseTeacherAsync(form, popovers, row: 0, "Concise");
        form.Find("[data-testid=add-member]").Click();
        await ChooseTeacherAsync(form, popovers, row: 1, "Concise");
        form.Find("[data-testid=save-pool]").Click();

        form.WaitForAssertion(() => Assert.Equal(PoolRules.DuplicateMessage, ErrorOfRow(form, 1, "Teacher")));
        Assert.Equal("", ErrorOfRow(form, 0, "Teacher"));
        await AssertNoPoolAsync();
    }

    [Fact]
    public async Task A_sample_count_of_zero_is_shown_under_the_samples_field()
    {
        await AddTeachersAsync("Concise");
        var popovers = Render<MudPopoverProvider>();
        var form = RenderForm();

        form.Input("Name").Change("Zero");
        await ChooseTeacherAsync(form, popovers, row: 0, "Concise");
        RowControl(form, 0, "Samples").QuerySelector("input")!.Change("0");
        form.Find("[data-testid=save-pool]").Click();

        form.WaitForAssertion(() => Assert.Equal("Between 1 and 64 samples.", ErrorOfRow(form, 0, "Samples")));
        await AssertNoPoolAsync();
    }

    [Fact]
    public async Task A_valid_pool_is_saved_and_counts_its_candidates()
    {
        await AddTeachersAsync("Concise", "Detailed");
        var popovers = Render<MudPopoverProvider>();
        int? saved = null;
        var form = Render<PoolForm>(parameters => parameters.Add(p => p.OnSaved, id => saved = id));
        form.WaitForElement("[data-testid=pool-form]");

        form.Input("Name").Change("Scaling");
        await ChooseTeacherAsync(form, popovers, row: 0, "Concise");
        RowControl(form, 0, "Samples").QuerySelector("input")!.Change("4");
        form.WaitForAssertion(() => Assert.Contains("4 candidates per prompt", form.Find("[data-testid=pool-summary]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Test-time scaling", form.Find("[data-testid=pool-summary]").TextContent, StringComparison.Ordinal);
        form.Find("[data-testid=save-pool]").Click();

        form.WaitForAssertion(() => Assert.NotNull(saved));
        await using var db = Db();
        var pool = await db.TeacherPools.Include(p => p.Members).SingleAsync();
        Assert.Equal(4, Assert.Single(pool.Members).SampleCount);
    }

    private IRenderedComponent<PoolForm> RenderForm()
    {
        var form = Render<PoolForm>();
        form.WaitForElement("[data-testid=pool-form]");
        return form;
    }

    private static IElement RowControl(IRenderedComponent<PoolForm> form, int row, string label) =>
        form.FindAll("[data-testid=pool-member]")[row].QuerySelectorAll(".mud-input-control")
            .First(control => control.QuerySelector("label")?.TextContent.Trim() == label);

    private static string ErrorOfRow(IRenderedComponent<PoolForm> form, int row, string label) =>
        RowControl(form, row, label).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    /// <summary>Opens a row's teacher select and clicks the teacher, as a person would.</summary>
    private static async Task ChooseTeacherAsync(IRenderedComponent<PoolForm> form, IRenderedComponent<MudPopoverProvider> popovers, int row, string teacher)
    {
        RowControl(form, row, "Teacher").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-popover-open .mud-list-item")));
        var item = popovers.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Contains(teacher, StringComparison.Ordinal));
        await item.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        form.WaitForAssertion(() => Assert.Contains(teacher, RowControl(form, row, "Teacher").TextContent, StringComparison.Ordinal));
    }

    private async Task AddTeachersAsync(params string[] names)
    {
        await using var db = Db();
        var provider = new Provider { Name = "Simulated", Kind = ProviderKind.Simulated, CreatedAt = DateTimeOffset.UtcNow };
        db.Providers.Add(provider);
        db.Teachers.AddRange(names.Select(name => new Teacher { Name = name, Model = "sim-" + name.ToLowerInvariant(), Provider = provider, CreatedAt = DateTimeOffset.UtcNow }));
        await db.SaveChangesAsync();
    }

    private async Task AssertNoPoolAsync()
    {
        await using var db = Db();
        Assert.Equal(0, await db.TeacherPools.CountAsync());
    }
}
