namespace FusionStudio.Engine.Methods;

/// <summary>
/// What an aggregation method sees of one successful candidate: who wrote it (teacher position, sample index), its
/// text, and the pointwise judge's score when there is one.
/// </summary>
public sealed record CandidateView(long CandidateId, int TeacherPosition, int SampleIndex, string Text, double? Score)
{
    /// <summary>
    /// The text's length, Best-of-N's tie-break. Set on its own where only selection runs over many prompts (the
    /// scaling curve), so that the texts themselves need not be loaded.
    /// </summary>
    public int TextLength { get; init; } = Text.Length;

    /// <summary>A view for selection only: the length stands for the text, which is not loaded.</summary>
    public static CandidateView ForSelection(long candidateId, int teacherPosition, int sampleIndex, int textLength, double? score) =>
        new(candidateId, teacherPosition, sampleIndex, "", score) { TextLength = textLength };
}
