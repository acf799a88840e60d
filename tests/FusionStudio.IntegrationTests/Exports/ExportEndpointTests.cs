using System.Net;
using System.Text.Json;
using FusionStudio.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FusionStudio.IntegrationTests.Exports;

[Collection(ExportRunCollection.Name)]
public sealed class ExportEndpointTests(ExportRunFixture run)
{
    [Fact]
    public async Task A_viewer_downloads_a_streamed_attachment_with_the_right_headers()
    {
        var client = await LoggedInClientAsync("omar@example.test");

        using var response = await client.GetAsync($"/runs/{run.RunId}/export/file?kind=sft&format=jsonl&answer=fusion", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches($"^run-{run.RunId}-sft-fusion-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.jsonl$", disposition.FileNameStar ?? disposition.FileName!.Trim('"'));
        // Streamed: no length is known before the rows are read.
        Assert.Null(response.Content.Headers.ContentLength);
        var lines = ExportRunFixture.Lines(await response.Content.ReadAsStringAsync());
        Assert.Equal(ExportRunFixture.Prompts, lines.Count);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task Csv_downloads_are_text_csv_with_filters_in_the_file_name()
    {
        var client = await LoggedInClientAsync("lina@example.test");

        using var response = await client.GetAsync($"/runs/{run.RunId}/export/file?kind=full-log&format=csv&language=ar&method=bon");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("-full-log-bon-ar-", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("run_id,prompt_id,", body, StringComparison.Ordinal);
        // Answers span lines inside quoted fields: count records, not lines.
        Assert.Equal(3, ExportRunFixture.CsvRecords(body).Count);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_login()
    {
        var response = await AnonymousClient().GetAsync($"/runs/{run.RunId}/export/file?kind=sft");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_parameters_get_a_problem_naming_each_parameter()
    {
        var client = await LoggedInClientAsync("omar@example.test");

        using var response = await client.GetAsync($"/runs/{run.RunId}/export/file?kind=everything&format=xml&minScore=high");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["format", "kind", "minScore"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_run_is_not_found()
    {
        var client = await LoggedInClientAsync("omar@example.test");

        using var response = await client.GetAsync("/runs/987654/export/file?kind=sft");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private HttpClient AnonymousClient() => run.Host.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> LoggedInClientAsync(string email)
    {
        var client = AnonymousClient();
        var response = await FormLogin.PostAsync(client, email, ExportRunFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
