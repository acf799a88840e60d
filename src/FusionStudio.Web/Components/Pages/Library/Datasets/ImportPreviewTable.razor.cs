using FusionStudio.Engine.Imports;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>The first rows of an upload as the mapping turns them into prompts, with the problems of bad rows.</summary>
public partial class ImportPreviewTable
{
    [Parameter, EditorRequired]
    public ImportPreview Preview { get; set; } = default!;

    private static string? Shorten(string? text, int length = 240) => text is null || text.Length <= length ? text : text[..length] + "…";
}
