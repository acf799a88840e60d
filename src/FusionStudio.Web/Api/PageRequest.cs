namespace FusionStudio.Web.Api;

/// <summary>The page a list request asks for, checked: the page counts from 1 and a page holds at most <see cref="MaxPageSize"/>.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>Rows before the page; a page far past the end skips everything (never wraps round to the first page).</summary>
    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, int.MaxValue);

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
