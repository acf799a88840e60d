using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.Library;

/// <summary>One row of the pool form: a teacher and how many samples it gives per prompt.</summary>
public sealed class PoolMemberInput
{
    public const int MaxSamples = 64;

    [Required(ErrorMessage = "Choose a teacher.")]
    public int? TeacherId { get; set; }

    [Range(1, MaxSamples, ErrorMessage = "Between 1 and 64 samples.")]
    public int SampleCount { get; set; } = 1;
}
