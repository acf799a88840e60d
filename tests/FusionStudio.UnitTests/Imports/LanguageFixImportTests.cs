using System.Text;
using FusionStudio.Web.Library;

namespace FusionStudio.UnitTests.Imports;

public sealed class LanguageFixImportTests : IAsyncLifetime
{
    private const string Rows = """
        {"prompt": "ما هي عاصمة مصر؟", "language": "en"}
        {"prompt": "Какая столица России?", "language": "en"}
        {"prompt": "What is the capital of France?", "language": "en"}
        """;

    private ImportHost _host = default!;

    public async Task InitializeAsync() => _host = await ImportHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_the_fix_flagged_prompts_keep_their_tag_and_their_flag()
    {
        var outcome = await ImportAsync(fix: false);

        var prompts = await _host.PromptsAsync(outcome.DatasetId!.Value);
        Assert.Equal(["en", "en", "en"], prompts.Select(p => p.Language));
        Assert.Equal(2, prompts.Count(p => p.LanguageWarning is not null));
        Assert.Equal(2, outcome.WarningCount);
    }

    [Fact]
    public async Task With_the_fix_flagged_prompts_take_the_language_of_their_script()
    {
        var outcome = await ImportAsync(fix: true);

        var prompts = await _host.PromptsAsync(outcome.DatasetId!.Value);
        Assert.Equal(["ar", "ru", "en"], prompts.Select(p => p.Language));
        Assert.All(prompts, p => Assert.Null(p.LanguageWarning));
        Assert.Equal(0, outcome.WarningCount);
    }

    private async Task<DatasetImportOutcome> ImportAsync(bool fix)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Rows));
        var outcome = await _host.Importer.ImportAsync(stream, new DatasetImportRequest(fix ? "fixed" : "kept", "rows.jsonl") { FixLanguageFromScript = fix }, ImportHost.User);
        Assert.True(outcome.DatasetId is not null, string.Join("; ", outcome.Errors));
        return outcome;
    }
}
