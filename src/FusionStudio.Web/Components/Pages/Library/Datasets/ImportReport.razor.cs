using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>The validation report of an import: every error with its line and field, and the prompts flagged for their language.</summary>
public partial class ImportReport
{
    [Parameter]
    public DatasetImportOutcome? Outcome { get; set; }
}
