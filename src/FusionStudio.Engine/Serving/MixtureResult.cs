using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Serving;

/// <summary>What a served request's Mixture-of-Agents layers gave: every proposer's answer, the last layer's successful ones, and the layer where all failed.</summary>
internal sealed record MixtureResult(IReadOnlyList<ServedLayerAnswer> Answers, IReadOnlyList<CandidateView> LastLayer, int? FailedLayer);
