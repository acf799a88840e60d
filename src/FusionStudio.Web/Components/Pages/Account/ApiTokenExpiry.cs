namespace FusionStudio.Web.Components.Pages.Account;

/// <summary>The lifetimes offered for a new token. Short ones are safer; "never" is for long-lived automation.</summary>
public sealed record ApiTokenExpiry(int Days, string Label)
{
    public const int Never = 0;

    public static IReadOnlyList<ApiTokenExpiry> Options { get; } =
    [
        new(7, "7 days"),
        new(30, "30 days"),
        new(90, "90 days"),
        new(365, "1 year"),
        new(Never, "Never"),
    ];

    public static DateTimeOffset? ExpiresAt(int days, DateTimeOffset now) => days == Never ? null : now.AddDays(days);
}
