using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>What an import found: the first prompts and their count, or every problem with its line.</summary>
public partial class ImportReport
{
    private const int PreviewRows = 5;

    [Parameter]
    public DatasetImportResult? Result { get; set; }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
