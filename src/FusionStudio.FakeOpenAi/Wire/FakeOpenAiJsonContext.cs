using System.Text.Json.Serialization;
using FusionStudio.FakeOpenAi.Recording;

namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>All JSON the fake server reads and writes, in OpenAI's snake_case.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletionResponse))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(ModelList))]
[JsonSerializable(typeof(OpenAiErrorEnvelope))]
[JsonSerializable(typeof(FakeConfigDocument))]
[JsonSerializable(typeof(IReadOnlyList<FakeRequestRecord>))]
public sealed partial class FakeOpenAiJsonContext : JsonSerializerContext;
