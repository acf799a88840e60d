namespace FusionStudio.Domain.Runs;

/// <summary>A teacher of a run and its sample count, pinned when the run was made.</summary>
public sealed class RunTeacher
{
    public int Id { get; set; }

    public int RunId { get; set; }

    public int TeacherId { get; set; }

    public int SampleCount { get; set; } = 1;

    public int Position { get; set; }
}
