namespace FusionStudio.Web.Api.Runs;

/// <summary>A teacher pinned in a run and how many answers it gives per prompt.</summary>
public sealed record RunTeacherResponse(int TeacherId, string Name, string Model, int SampleCount);
