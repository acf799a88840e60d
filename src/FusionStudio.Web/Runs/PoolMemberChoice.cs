namespace FusionStudio.Web.Runs;

public sealed record PoolMemberChoice(int TeacherId, string TeacherName, int SampleCount);
