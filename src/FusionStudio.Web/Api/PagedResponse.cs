namespace FusionStudio.Web.Api;

/// <summary>One page of a list. <see cref="Page"/> counts from 1.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
