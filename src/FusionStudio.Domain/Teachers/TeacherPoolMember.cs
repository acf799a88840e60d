namespace FusionStudio.Domain.Teachers;

/// <summary>A teacher in a pool and how many samples it gives for each prompt.</summary>
public sealed class TeacherPoolMember
{
    public int Id { get; set; }

    public int PoolId { get; set; }

    public int TeacherId { get; set; }

    public Teacher? Teacher { get; set; }

    public int SampleCount { get; set; } = 1;

    /// <summary>Order of the member in the pool, used wherever candidates are listed.</summary>
    public int Position { get; set; }
}
