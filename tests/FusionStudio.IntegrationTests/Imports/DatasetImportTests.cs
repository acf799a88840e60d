using System.Text;
using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Imports;
using FusionStudio.IntegrationTests.Library;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Imports;

/// <summary>The import service on PostgreSQL, as the app configures it: limits from configuration, all or nothing.</summary>
public sealed class DatasetImportTests
{
    [Fact]
    public async Task A_chat_file_is_stored_with_its_conversation_reference_and_language_flag()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var host = LibraryHost.OnPostgres(database);
        var content = """
            {"id": "c1", "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a prime."}, {"role": "assistant", "content": "7"}, {"role": "user", "content": "Another?"}, {"role": "assistant", "content": "11"}]}
            {"id": "c2", "messages": [{"role": "user", "content": "Qu'est-ce qu'un nombre premier ?"}], "language": "zh"}
            """;

        var outcome = await ImportAsync(host, "chats.jsonl", content);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        Assert.Equal((2, 1), (outcome.PromptCount, outcome.WarningCount));
        await using var db = host.Db();
        var prompts = await db.DatasetPrompts.AsNoTracking().OrderBy(p => p.Ordinal).ToListAsync();
        Assert.Equal(("Another?", "11", "c1"), (prompts[0].Text, prompts[0].Reference, prompts[0].ExternalId));
        Assert.Equal([ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.User], prompts[0].Messages.Select(m => m.Role));
        Assert.Contains("expects Chinese characters", prompts[1].LanguageWarning, StringComparison.Ordinal);
        var (flagged, total) = await host.Get<DatasetStore>().PageAsync(outcome.DatasetId!.Value, 0, 25, onlyFlagged: true);
        Assert.Equal((1, "c2"), (total, Assert.Single(flagged).ExternalId));
        Assert.Equal(1, (await host.Get<DatasetStore>().GetSummaryAsync(outcome.DatasetId.Value))!.FlaggedCount);
    }

    [Fact]
    public async Task The_size_limit_comes_from_configuration_and_an_oversized_file_stores_nothing()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database).With("Datasets:MaxFileBytes", "2048");
        await using var scope = app.Services.CreateAsyncScope();
        var content = "prompt\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"Prompt number {i}\n"));
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        var outcome = await scope.ServiceProvider.GetRequiredService<DatasetImporter>().ImportAsync(stream, new DatasetImportRequest("Many", "many.csv"), "member@example.test");

        Assert.Equal("The file is larger than 2 KB. Split it into smaller files.", Assert.Single(outcome.Errors).ToString());
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.Datasets.CountAsync());
    }

    [Fact]
    public async Task A_bad_last_row_of_a_large_file_stores_nothing()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var host = LibraryHost.OnPostgres(database);
        var content = "prompt,language\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Prompt {i},en\n")) + "Last,not a tag\n";

        var outcome = await ImportAsync(host, "big.csv", content);

        Assert.Equal("line 5002, field language: \"not a tag\" is not a language code like en, pt-BR or zh-Hans", Assert.Single(outcome.Errors).ToString());
        await using var db = host.Db();
        Assert.Equal(0, await db.Datasets.CountAsync());
        Assert.Equal(0, await db.DatasetPrompts.CountAsync());
    }

    [Fact]
    public async Task A_taken_name_is_an_error_of_the_name_field()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var host = LibraryHost.OnPostgres(database);
        await ImportAsync(host, "a.csv", "prompt\nOne\n", "Shared");

        var again = await ImportAsync(host, "b.csv", "prompt\nTwo\n", "shared");

        Assert.False(again.Succeeded);
        Assert.Equal("A dataset named \"shared\" already exists.", again.ErrorFor(nameof(DatasetInput.Name)));
    }

    private static async Task<DatasetImportOutcome> ImportAsync(LibraryHost host, string file, string content, string name = "Imported")
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await host.Get<DatasetImporter>().ImportAsync(stream, new DatasetImportRequest(name, file), "member@example.test");
    }
}
