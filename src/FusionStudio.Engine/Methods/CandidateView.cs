namespace FusionStudio.Engine.Methods;

/// <summary>
/// What an aggregation method sees of one successful candidate: who wrote it (teacher position, sample index), its
/// text, and the pointwise judge's score when there is one.
/// </summary>
public sealed record CandidateView(long CandidateId, int TeacherPosition, int SampleIndex, string Text, double? Score);
