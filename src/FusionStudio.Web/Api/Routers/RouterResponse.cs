using FusionStudio.Engine.Routing;
using FusionStudio.Web.Routers;

namespace FusionStudio.Web.Api.Routers;

/// <summary>A stored router version with its cross-validated evaluation.</summary>
public sealed record RouterResponse(RouterSummary Router, string EmbeddingModel, int Folds, int Seed, RoutingEvaluation? Evaluation);
