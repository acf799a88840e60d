using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Api;

public sealed class ApiDatasetTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task A_member_creates_a_dataset_by_uploading_jsonl()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var name = UniqueName();
        const string Jsonl = """
            {"prompt": "What is the boiling point of water at sea level?", "task": "qa"}
            {"prompt": "Wie viele Kontinente gibt es?", "language": "de", "task": "qa"}
            {"prompt": "Name three prime numbers.", "task": "qa"}
            """;

        var response = await client.PostAsync("/api/v1/datasets", Upload(name, "questions.jsonl", Jsonl));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, dataset.GetProperty("name").GetString());
        Assert.Equal(3, dataset.GetProperty("promptCount").GetInt32());
        var languages = dataset.GetProperty("languages").EnumerateArray()
            .ToDictionary(l => l.GetProperty("value").GetString()!, l => l.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["en"] = 2, ["de"] = 1 }, languages);

        var again = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location!.OriginalString);
        Assert.Equal(3, again.GetProperty("promptCount").GetInt32());
    }

    [Fact]
    public async Task A_csv_upload_with_a_default_language_is_stored()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.AdminEmail);
        var name = UniqueName();
        const string Csv = "question,reference\n\"Quelle est la capitale de la France ?\",Paris\n\"Combien font 3 × 4 ?\",12\n";

        var response = await client.PostAsync("/api/v1/datasets", Upload(name, "questions.csv", Csv, defaultLanguage: "fr"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dataset = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, dataset.GetProperty("promptCount").GetInt32());
        Assert.Equal("fr", dataset.GetProperty("languages")[0].GetProperty("value").GetString());

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/datasets?pageSize=200");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), d => d.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task A_bad_file_is_refused_line_by_line_and_nothing_is_stored()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var name = UniqueName();
        const string Jsonl = """
            {"prompt": "A fine first line."}
            {"prompt": "a line that never closes"
            {"prompt": "A fine third line."}
            """;

        var response = await client.PostAsync("/api/v1/datasets", Upload(name, "broken.jsonl", Jsonl));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var keys = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(keys, key => key.StartsWith("line 2", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, key => key.StartsWith("line 1", StringComparison.Ordinal) || key.StartsWith("line 3", StringComparison.Ordinal));
        await using var db = Host.App.CreateDbContext();
        Assert.False(await db.Datasets.AnyAsync(d => d.Name == name));
    }

    [Fact]
    public async Task A_prompt_field_that_is_missing_is_named_with_its_line()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        const string Jsonl = """
            {"prompt": "Fine."}
            {"prompt": ""}
            """;

        var response = await client.PostAsync("/api/v1/datasets", Upload(UniqueName(), "empty.jsonl", Jsonl));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name == "line 2: prompt");
    }

    [Fact]
    public async Task Missing_form_fields_are_validation_problems()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        using var form = new MultipartFormDataContent { { new StringContent("en"), "defaultLanguage" } };

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/api/v1/datasets", form), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("file", out _));
    }

    [Fact]
    public async Task A_viewer_cannot_upload()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.ViewerEmail);
        var name = UniqueName();

        var response = await client.PostAsync("/api/v1/datasets", Upload(name, "q.jsonl", "{\"prompt\": \"Hello?\"}\n"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        await using var db = Host.App.CreateDbContext();
        Assert.False(await db.Datasets.AnyAsync(d => d.Name == name));
    }

    [Fact]
    public async Task Datasets_are_listed_a_page_at_a_time()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/datasets", Upload(UniqueName(), "q.jsonl", "{\"prompt\": \"Hi?\"}\n"))).StatusCode);
        }

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/datasets?page=2&pageSize=2");

        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() >= 3);
        Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 2);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/datasets?page=0"), HttpStatusCode.BadRequest);
    }

    private static string UniqueName() => "api dataset " + Guid.NewGuid().ToString("N")[..8];

    private static MultipartFormDataContent Upload(string name, string fileName, string content, string? defaultLanguage = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(name), "name" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", fileName },
        };
        if (defaultLanguage is not null)
        {
            form.Add(new StringContent(defaultLanguage), "defaultLanguage");
        }

        return form;
    }
}
