namespace FusionStudio.Web.Api;

/// <summary>The page a list request asks for, checked: the page counts from 1 and a page holds at most <see cref="MaxPageSize"/>.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    public static PageRequest Of(int? page, int? pageSize, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (page is < 1)
        {
            errors["page"] = ["The page counts from 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."];
        }

        return new PageRequest(Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
    }
}
