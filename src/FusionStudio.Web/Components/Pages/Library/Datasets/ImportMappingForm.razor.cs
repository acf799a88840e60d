using FusionStudio.Engine.Imports;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Library.Datasets;

/// <summary>The detected format and shape of an upload, and which field gives which part of a prompt; every change asks for a new preview.</summary>
public partial class ImportMappingForm
{
    private const string NoField = "";
    private const string PromptTarget = "prompt";

    [Parameter, EditorRequired]
    public ImportPreview Preview { get; set; } = default!;

    [Parameter]
    public ImportFormat? Format { get; set; }

    [Parameter]
    public ImportMapping? Mapping { get; set; }

    [Parameter]
    public EventCallback<(ImportFormat? Format, ImportMapping? Mapping)> Changed { get; set; }

    private static IEnumerable<(string Name, string Label, string? Current, string? Help)> Targets(ImportMapping mapping)
    {
        yield return (PromptTarget, mapping.Shape switch
        {
            ImportShape.OpenAiChat => "Messages field",
            ImportShape.ShareGpt => "Conversations field",
            ImportShape.Alpaca => "Instruction field",
            _ => "Prompt field",
        }, mapping.Prompt, mapping.Shape is ImportShape.OpenAiChat or ImportShape.ShareGpt ? "The last user message is the prompt." : "Required.");
        if (mapping.Shape == ImportShape.Alpaca)
        {
            yield return ("input", "Input field", mapping.Input, "Added after the instruction.");
        }

        yield return ("language", "Language field", mapping.Language, "Else the default language.");
        yield return ("task", "Task field", mapping.Task, "Else the default task.");
        yield return ("reference", "Reference field", mapping.Reference,
            mapping.Shape is ImportShape.OpenAiChat or ImportShape.ShareGpt ? "Else the reply after the last user message." : "Optional reference answer.");
        yield return ("id", "Id field", mapping.Id, "Optional, unique.");
    }

    private Task FormatChangedAsync(ImportFormat format) => Changed.InvokeAsync((format, Mapping));

    private Task ShapeChangedAsync(ImportShape shape) =>
        Changed.InvokeAsync((Format, MappingProposer.ForShape(shape, Preview.Fields, Mapping ?? new ImportMapping(shape, null))));

    private Task FieldChangedAsync(string target, string? value)
    {
        var field = string.IsNullOrEmpty(value) ? null : value;
        var mapping = Mapping ?? new ImportMapping(ImportShape.Plain, null);
        mapping = target switch
        {
            PromptTarget => mapping with { Prompt = field },
            "input" => mapping with { Input = field },
            "language" => mapping with { Language = field },
            "task" => mapping with { Task = field },
            "reference" => mapping with { Reference = field },
            _ => mapping with { Id = field },
        };
        return Changed.InvokeAsync((Format, mapping));
    }
}
