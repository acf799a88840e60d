using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.Library;

/// <summary>What the teacher form edits: one model of a provider with its sampling settings.</summary>
public sealed class TeacherInput
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose a provider.")]
    public int? ProviderId { get; set; }

    [Required(ErrorMessage = "Enter the model id, as the provider names it.")]
    [StringLength(200, ErrorMessage = "Keep the model id under 200 characters.")]
    public string Model { get; set; } = "";

    [Range(0.0, 2.0, ErrorMessage = "Between 0 and 2.")]
    public double Temperature { get; set; } = 0.7;

    [Range(0.0, 1.0, ErrorMessage = "Between 0 and 1.")]
    public double TopP { get; set; } = 1.0;

    [Range(1, 1_000_000, ErrorMessage = "At least 1 token.")]
    public int MaxTokens { get; set; } = 1024;

    /// <summary>Optional; each sample adds its index, so N samples differ but repeat exactly.</summary>
    public int? Seed { get; set; }
}
