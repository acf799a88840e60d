using FusionStudio.Engine.Imports;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>How formats and shapes are named on the pages.</summary>
public static class ImportNames
{
    public static string Of(ImportFormat format) => format switch
    {
        ImportFormat.Csv => "CSV",
        ImportFormat.Tsv => "TSV",
        ImportFormat.Jsonl => "JSON Lines",
        _ => "JSON array",
    };

    public static string Of(ImportShape shape) => shape switch
    {
        ImportShape.OpenAiChat => "OpenAI chat messages",
        ImportShape.ShareGpt => "ShareGPT conversations",
        ImportShape.Alpaca => "Alpaca instructions",
        _ => "plain prompts",
    };
}
