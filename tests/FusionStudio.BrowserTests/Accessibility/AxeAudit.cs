using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FusionStudio.BrowserTests.Accessibility;

/// <summary>Runs axe-core's WCAG 2.1 A and AA rules on the page as it is and keeps the violations that matter.</summary>
public static class AxeAudit
{
    private static readonly AxeRunOptions _wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Critical and serious violations: the ones that keep someone from using the page.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> BlockingViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(_wcag21AA);
        return [.. result.Violations.Where(v => v.Impact is "critical" or "serious")];
    }

    /// <summary>One line per violation and node: rule, impact, where and why.</summary>
    public static IEnumerable<string> Describe(IEnumerable<AxeResultItem> violations) =>
        violations.SelectMany(v => v.Nodes.Select(n =>
            $"  {v.Id} ({v.Impact}) at {n.Target}: {Why(n)} in {Shorten(n.Html)}"));

    private static string Why(AxeResultNode node) =>
        string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Distinct());

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
