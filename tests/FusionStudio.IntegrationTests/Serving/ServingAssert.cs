using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FusionStudio.IntegrationTests.Serving;

internal static class ServingAssert
{
    /// <summary>Asserts the status and OpenAI's error shape, and returns the <c>error</c> object.</summary>
    public static async Task<JsonElement> IsOpenAiErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = body.GetProperty("error");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("type").GetString()));
        Assert.True(error.TryGetProperty("param", out _));
        Assert.True(error.TryGetProperty("code", out _));
        return error;
    }

    public static object Chat(string model, string question, bool details = false) => details
        ? new { model, messages = new[] { new { role = "user", content = question } }, fusionstudio = new { candidates = true } }
        : new { model, messages = new[] { new { role = "user", content = question } } };
}
