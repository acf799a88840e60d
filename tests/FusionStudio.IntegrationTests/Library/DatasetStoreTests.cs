using System.Text;
using FusionStudio.Engine.Imports;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Library;

public sealed class DatasetStoreTests
{
    private static readonly ImportSettings _defaults = new();

    [Fact]
    public async Task A_good_import_is_stored_in_file_order_with_its_fields()
    {
        await using var host = LibraryHost.OnSqlite();
        var import = await ParseAsync(host, """
            {"prompt": "First?", "language": "de", "task": "qa", "reference": "Ja.", "id": "a1", "source": "web"}
            {"prompt": "¿Segundo?", "language": "es"}
            {"prompt": "第三？", "language": "zh"}
            """);

        var saved = await host.Get<DatasetStore>().CreateAsync(new DatasetInput { Name = "Three" }, import.Prompts, host.Editor);

        Assert.True(saved.Succeeded);
        await using var db = host.Db();
        var dataset = await db.Datasets.Include(d => d.Prompts).SingleAsync();
        Assert.Equal((3, "member@example.test"), (dataset.PromptCount, dataset.CreatedBy));
        var prompts = dataset.Prompts.OrderBy(p => p.Ordinal).ToList();
        Assert.Equal(["First?", "¿Segundo?", "第三？"], prompts.Select(p => p.Text));
        Assert.Equal([0, 1, 2], prompts.Select(p => p.Ordinal));
        Assert.Equal(("de", "qa", "Ja.", "a1", "web"), (prompts[0].Language, prompts[0].Task, prompts[0].Reference, prompts[0].ExternalId, prompts[0].Metadata["source"]));
        var (page, total) = await host.Get<DatasetStore>().PageAsync(dataset.Id, page: 1, pageSize: 2);
        Assert.Equal((3, "第三？"), (total, Assert.Single(page).Text));
    }

    [Fact]
    public async Task An_import_with_a_bad_line_stores_nothing()
    {
        await using var host = LibraryHost.OnSqlite();
        var import = await ParseAsync(host, """
            {"prompt": "Good"}
            {"prompt": "Bad", "language": 7}
            """);

        var saved = await host.Get<DatasetStore>().CreateAsync(new DatasetInput { Name = "Half" }, import.Prompts, host.Editor);

        Assert.Equal("line 2, field language: must be a string, not a number", Assert.Single(import.Errors).ToString());
        Assert.False(saved.Succeeded);
        await using var db = host.Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
        Assert.Equal(0, await db.DatasetPrompts.CountAsync());
    }

    [Fact]
    public async Task A_failure_halfway_through_the_inserts_rolls_back_every_prompt()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var host = LibraryHost.OnPostgres(database);
        var prompts = Enumerable.Range(0, 3_000)
            .Select(i => new ImportedPrompt(i + 1, $"Prompt {i}", i == 2_500 ? new string('x', 60) : "en", "general", null, null, new Dictionary<string, string>()))
            .ToList();

        // The store trusts the importer's checks; the database's column length is the last line of defence here.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            host.Get<DatasetStore>().CreateAsync(new DatasetInput { Name = "Too long" }, prompts, host.Editor));

        await using var db = host.Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
        Assert.Equal(0, await db.DatasetPrompts.CountAsync());
    }

    [Fact]
    public async Task A_dataset_that_a_run_uses_cannot_be_deleted()
    {
        await using var host = LibraryHost.OnSqlite();
        TestLibraryRows rows;
        await using (var db = host.Db())
        {
            rows = await TestLibrary.SeedAsync(db);
        }

        var result = await host.Get<DatasetStore>().DeleteAsync(rows.Dataset.Id, host.Editor);

        Assert.False(result.Succeeded);
        Assert.Contains($"the run \"{rows.Run.Name}\" uses it", result.FieldErrors[LibrarySaveResult.FormField], StringComparison.Ordinal);
        await using var check = host.Db();
        Assert.Equal(3, await check.DatasetPrompts.CountAsync(p => p.DatasetId == rows.Dataset.Id));
    }

    [Fact]
    public async Task A_dataset_no_run_uses_is_deleted_with_its_prompts()
    {
        await using var host = LibraryHost.OnSqlite();
        var import = host.Get<DatasetFileParser>().ParsePasted("one\ntwo", _defaults);
        var id = (await host.Get<DatasetStore>().CreateAsync(new DatasetInput { Name = "Short" }, import.Prompts, host.Editor)).Id!.Value;

        var result = await host.Get<DatasetStore>().DeleteAsync(id, host.Editor);

        Assert.True(result.Succeeded);
        await using var db = host.Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
        Assert.Equal(0, await db.DatasetPrompts.CountAsync());
    }

    [Fact]
    public async Task Dataset_names_are_unique()
    {
        await using var host = LibraryHost.OnSqlite();
        var prompts = host.Get<DatasetFileParser>().ParsePasted("one", _defaults).Prompts;
        await host.Get<DatasetStore>().CreateAsync(new DatasetInput { Name = "Mine" }, prompts, host.Editor);

        var again = await host.Get<DatasetStore>().CreateAsync(new DatasetInput { Name = "MINE" }, prompts, host.Editor);

        Assert.Equal("A dataset named \"MINE\" already exists.", again.ErrorFor(nameof(DatasetInput.Name)));
    }

    private static async Task<ImportParseResult> ParseAsync(LibraryHost host, string jsonl)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));
        return await host.Get<DatasetFileParser>().ParseAsync(stream, "prompts.jsonl", _defaults);
    }
}
