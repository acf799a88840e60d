using System.Globalization;
using FusionStudio.Domain.Runs;
using Microsoft.AspNetCore.WebUtilities;

namespace FusionStudio.Web.Runs;

/// <summary>
/// The prompt table's filter, order and page, as the query string carries it: a reload, the back button or a shared
/// link shows the same rows. Unknown or malformed values fall back to the defaults.
/// </summary>
public sealed record RunPromptPageState(RunPromptFilter Filter, RunPromptSort Sort, int Page = 0, int PageSize = RunPromptPageState.DefaultPageSize)
{
    public const int DefaultPageSize = 25;

    public static RunPromptPageState Default { get; } = new(RunPromptFilter.All, RunPromptSort.Default);

    /// <summary>Reads the state from a query string ("?lang=de&amp;sort=score&amp;desc=1") or a whole URL.</summary>
    public static RunPromptPageState Parse(string? queryOrUrl)
    {
        var query = queryOrUrl ?? "";
        var mark = query.IndexOf('?', StringComparison.Ordinal);
        query = mark >= 0 ? query[mark..] : "";
        var values = QueryHelpers.ParseQuery(query);
        string? Get(string key) => values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        double? Number(string key) => double.TryParse(Get(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
        int Int(string key, int fallback) => int.TryParse(Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
        TEnum? Enum<TEnum>(string key)
            where TEnum : struct, System.Enum =>
            System.Enum.TryParse<TEnum>(Get(key), ignoreCase: true, out var e) && System.Enum.IsDefined(e) ? e : null;

        var filter = new RunPromptFilter
        {
            Stage = Enum<RunPromptStageFilter>("stage") ?? RunPromptStageFilter.All,
            Language = Get("lang"),
            Task = Get("task"),
            Search = Get("q"),
            Pair = ParsePair(Get("pair")),
            Verdict = Enum<RunPromptVerdict>("verdict"),
            MinScore = Number("min"),
            MaxScore = Number("max"),
        };
        var sort = new RunPromptSort(Enum<RunPromptSortColumn>("sort") ?? RunPromptSortColumn.Ordinal, Get("desc") is "1" or "true");
        var size = Int("size", DefaultPageSize);
        return new RunPromptPageState(filter, sort, Math.Max(0, Int("page", 0)), size is > 0 and <= RunPromptPageQuery.MaxPageSize ? size : DefaultPageSize);
    }

    /// <summary>The query string for this state, with a leading "?"; empty when everything is at its default.</summary>
    public string ToQueryString()
    {
        var values = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.Add(new(key, value));
            }
        }

        Add("q", Filter.Search);
        Add("lang", Filter.Language);
        Add("task", Filter.Task);
        Add("stage", Filter.Stage == RunPromptStageFilter.All ? null : Filter.Stage.ToString());
        Add("pair", Filter.Pair is { } pair ? $"{pair.A}-{pair.B}" : null);
        Add("verdict", Filter.Verdict?.ToString());
        Add("min", Filter.MinScore?.ToString(CultureInfo.InvariantCulture));
        Add("max", Filter.MaxScore?.ToString(CultureInfo.InvariantCulture));
        Add("sort", Sort.Column == RunPromptSortColumn.Ordinal ? null : Sort.Column.ToString());
        Add("desc", Sort.Descending ? "1" : null);
        Add("page", Page == 0 ? null : Page.ToString(CultureInfo.InvariantCulture));
        Add("size", PageSize == DefaultPageSize ? null : PageSize.ToString(CultureInfo.InvariantCulture));
        return values.Count == 0 ? "" : QueryString.Create(values).ToUriComponent();
    }

    private static MethodPair? ParsePair(string? text)
    {
        var parts = text?.Split('-', 2);
        return parts is [var a, var b]
            && System.Enum.TryParse<AggregationMethod>(a, ignoreCase: true, out var methodA) && System.Enum.IsDefined(methodA)
            && System.Enum.TryParse<AggregationMethod>(b, ignoreCase: true, out var methodB) && System.Enum.IsDefined(methodB)
            ? new MethodPair(methodA, methodB)
            : null;
    }
}
