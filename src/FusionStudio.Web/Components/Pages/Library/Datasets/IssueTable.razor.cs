using FusionStudio.Engine.Imports;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>Import issues as a table of line, field and reason.</summary>
public partial class IssueTable
{
    [Parameter, EditorRequired]
    public IReadOnlyList<ImportIssue> Issues { get; set; } = [];

    [Parameter]
    public string TestId { get; set; } = "issue-table";
}
