namespace FusionStudio.Web.Components.Layout;

/// <summary>Which section of the sidebar a page belongs to, where its address alone does not say.</summary>
public static class NavSection
{
    /// <summary>
    /// A page of one run (its overview, report, prompts, review, export) or of several (compare, import): under Runs.
    /// <c>runs/new</c> has a link of its own.
    /// </summary>
    public static bool IsRunPage(string relativePath)
    {
        var path = relativePath.Split('?', '#')[0].TrimEnd('/');
        return path.StartsWith("runs/", StringComparison.OrdinalIgnoreCase) && !path.Equals("runs/new", StringComparison.OrdinalIgnoreCase);
    }
}
