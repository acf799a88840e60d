namespace FusionStudio.Domain.Teachers;

/// <summary>
/// The teachers that answer a prompt, each with a sample count: one teacher × N samples is test-time scaling,
/// several teachers × 1 is a teacher pool.
/// </summary>
public sealed class TeacherPool
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<TeacherPoolMember> Members { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Candidates each prompt gets from this pool.</summary>
    public int CandidatesPerPrompt => Members.Sum(m => m.SampleCount);
}
