using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.Library;

/// <summary>The name and description of a new dataset; its prompts come from an import.</summary>
public sealed class DatasetInput
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Keep the description under 500 characters.")]
    public string? Description { get; set; }
}
