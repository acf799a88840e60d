namespace FusionStudio.Web.Api.Routers;

/// <summary>The log sets (run ids) a stored router is tested on.</summary>
public sealed record TestRouterRequest(IReadOnlyList<int>? RunIds);
