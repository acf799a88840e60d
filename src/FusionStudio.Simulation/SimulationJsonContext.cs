using System.Text.Json.Serialization;
using FusionStudio.Domain.Prompts;

namespace FusionStudio.Simulation;

/// <summary>Serialises the judges' verdicts with the field names of <see cref="PromptProtocol"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SimulatedPointwiseVerdict))]
[JsonSerializable(typeof(SimulatedPairwiseVerdict))]
public sealed partial class SimulationJsonContext : JsonSerializerContext;
