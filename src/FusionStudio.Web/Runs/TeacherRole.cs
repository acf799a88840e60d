namespace FusionStudio.Web.Runs;

/// <summary>What a teacher does in a run, as far as the length of its answers goes.</summary>
public enum TeacherRole
{
    Answer = 0,
    Judge = 1,
    Fusor = 2,
}
