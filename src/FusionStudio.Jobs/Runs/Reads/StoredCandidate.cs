namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>A stored candidate of a prompt as the run's steps see it, with its score from the run's judge.</summary>
/// <param name="Answered">Generated without error, with text.</param>
/// <param name="Scored">The run's judge has a score row for it, a failed one included.</param>
public sealed record StoredCandidate(long Id, int TeacherId, int SampleIndex, string? Text, bool Answered, bool Scored, double? Score);
