namespace FusionStudio.Engine.Exports;

/// <summary>
/// An answer picked for training data. <see cref="Source"/> is a method slug (<c>fusion</c>, <c>bon</c>, …) or
/// <c>candidate</c> for a single teacher's answer, whose id is then <see cref="CandidateId"/>.
/// </summary>
public sealed record ExportAnswer(string Text, string Source, double? Score, long? CandidateId = null)
{
    public const string CandidateSource = "candidate";
}
