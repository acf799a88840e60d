using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.Library;

/// <summary>What the pool form edits. Rules that span rows live in <see cref="PoolRules"/>.</summary>
public sealed class PoolInput
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Keep the description under 500 characters.")]
    public string? Description { get; set; }

    public List<PoolMemberInput> Members { get; set; } = [];

    /// <summary>Candidates each prompt gets: the sum of the sample counts of the rows with a teacher.</summary>
    public int CandidatesPerPrompt => Members.Where(m => m.TeacherId is not null).Sum(m => Math.Max(0, m.SampleCount));
}
