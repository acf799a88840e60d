using FusionStudio.Domain.Prompts;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Library;

public sealed class PromptTemplateStoreTests : IAsyncLifetime
{
    private const string FusorUser = "{{prompt}}\n\n{{candidates}}";

    private readonly LibraryHost _host = LibraryHost.OnSqlite();

    private PromptTemplateStore Store => _host.Get<PromptTemplateStore>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Saving_new_texts_adds_a_version_and_leaves_the_old_one_as_it_was()
    {
        var id = (await Store.CreateAsync(Input("Short fusor", FusorUser), _host.Editor)).Id!.Value;
        var v1 = await VersionAsync(id, 1);

        var edit = Input("Short fusor", "Request:\n{{prompt}}\n\nDrafts:\n{{candidates}}");
        edit.Note = "Labels the parts";
        var saved = await Store.SaveVersionAsync(id, edit, _host.Editor);

        Assert.True(saved.Succeeded, string.Join(" ", saved.FieldErrors.Values));
        var detail = (await Store.GetAsync(id))!;
        Assert.Equal([2, 1], detail.Versions.Select(v => v.Number));
        Assert.Equal(("Labels the parts", "member@example.test"), (detail.Latest!.Note, detail.Latest.CreatedBy));
        var unchanged = await VersionAsync(id, 1);
        Assert.Equal((v1.Id, v1.UserText, v1.CreatedAt), (unchanged.Id, unchanged.UserText, unchanged.CreatedAt));
    }

    [Fact]
    public async Task Template_problems_are_refused_under_the_field_that_has_them()
    {
        var result = await Store.CreateAsync(Input("Broken", "{{prompt}} {{candidate}}"), _host.Editor);

        Assert.False(result.Succeeded);
        var userError = result.ErrorFor(nameof(PromptTemplateInput.UserText));
        Assert.Contains("Unknown placeholder {{candidate}}", userError, StringComparison.Ordinal);
        Assert.Contains("Missing placeholder {{candidates}}", userError, StringComparison.Ordinal);
        await using var db = _host.Db();
        Assert.False(await db.PromptTemplates.AnyAsync(t => t.Name == "Broken"));
    }

    [Fact]
    public async Task Saving_the_same_texts_adds_no_version()
    {
        var id = (await Store.CreateAsync(Input("Same", FusorUser), _host.Editor)).Id!.Value;

        var again = await Store.SaveVersionAsync(id, Input("Same", FusorUser), _host.Editor);
        var renamed = await Store.SaveVersionAsync(id, Input("Renamed", FusorUser), _host.Editor);

        Assert.Equal("Nothing to save: the texts are the same as version 1.", again.ErrorFor(LibrarySaveResult.FormField));
        Assert.True(renamed.Succeeded);
        var detail = (await Store.GetAsync(id))!;
        Assert.Equal(("Renamed", 1), (detail.Name, detail.Versions.Count));
    }

    [Fact]
    public async Task The_kind_of_a_template_never_changes()
    {
        var id = (await Store.CreateAsync(Input("Fusor", FusorUser), _host.Editor)).Id!.Value;
        var edit = Input("Fusor", "{{prompt}} {{response}}");
        edit.Kind = PromptTemplateKind.PointwiseJudge;

        var result = await Store.SaveVersionAsync(id, edit, _host.Editor);

        Assert.Contains("Missing placeholder {{candidates}}", result.ErrorFor(nameof(PromptTemplateInput.UserText)), StringComparison.Ordinal);
        Assert.Equal(PromptTemplateKind.Fusor, (await Store.GetAsync(id))!.Kind);
    }

    private static PromptTemplateInput Input(string name, string userText) =>
        new() { Name = name, Kind = PromptTemplateKind.Fusor, SystemText = "Answer in {{language}}.", UserText = userText };

    private async Task<PromptTemplateVersion> VersionAsync(int templateId, int number)
    {
        await using var db = _host.Db();
        return await db.PromptTemplateVersions.AsNoTracking().SingleAsync(v => v.TemplateId == templateId && v.Number == number);
    }
}
