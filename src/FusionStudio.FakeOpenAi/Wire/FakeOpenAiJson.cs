using System.Text.Encodings.Web;
using System.Text.Json;

namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>
/// The JSON type information the server uses. Non-ASCII text is written as is, like OpenAI does, so answers in
/// other languages stay readable in the log and in curl.
/// </summary>
internal static class FakeOpenAiJson
{
    public static FakeOpenAiJsonContext Context { get; } = new(new JsonSerializerOptions(FakeOpenAiJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
