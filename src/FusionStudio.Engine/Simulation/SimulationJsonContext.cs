using System.Text.Json.Serialization;

namespace FusionStudio.Engine.Simulation;

/// <summary>Serialises the judges' verdicts with the field names of <see cref="SimulationProtocol"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SimulatedPointwiseVerdict))]
[JsonSerializable(typeof(SimulatedPairwiseVerdict))]
public sealed partial class SimulationJsonContext : JsonSerializerContext;
