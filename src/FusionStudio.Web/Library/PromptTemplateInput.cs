using System.ComponentModel.DataAnnotations;
using FusionStudio.Domain.Prompts;

namespace FusionStudio.Web.Library;

/// <summary>
/// What the template editor edits. The texts are checked by <see cref="Engine.Prompts.PromptTemplateValidator"/>,
/// which knows the kind's placeholders; the attributes cover the rest.
/// </summary>
public sealed class PromptTemplateInput
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string Name { get; set; } = "";

    /// <summary>Chosen when the template is created; its versions depend on it, so it never changes after.</summary>
    public PromptTemplateKind Kind { get; set; } = PromptTemplateKind.Fusor;

    [StringLength(500, ErrorMessage = "Keep the description under 500 characters.")]
    public string? Description { get; set; }

    [StringLength(50_000, ErrorMessage = "Keep the system text under 50,000 characters.")]
    public string SystemText { get; set; } = "";

    [Required(ErrorMessage = "Write the user text: it is the message the model answers.")]
    [StringLength(50_000, ErrorMessage = "Keep the user text under 50,000 characters.")]
    public string UserText { get; set; } = "";

    /// <summary>What changed in this version, shown in the version list.</summary>
    [StringLength(200, ErrorMessage = "Keep the note under 200 characters.")]
    public string? Note { get; set; }
}
