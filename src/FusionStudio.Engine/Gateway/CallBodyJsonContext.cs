using System.Text.Json.Serialization;

namespace FusionStudio.Engine.Gateway;

[JsonSerializable(typeof(WireMessage[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class CallBodyJsonContext : JsonSerializerContext;
