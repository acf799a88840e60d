namespace FusionStudio.Engine.PastAnswers;

/// <summary>
/// One stored answer to a past prompt as the thought and model levels read it: its performance in [0, 1] (the
/// imported task metric, else the judge's score), the judge's score in [0, 1] when there is one, its cost (USD), and
/// its place in the prompt's canonical order (teacher position, then sample), which breaks the last ties.
/// </summary>
public sealed record PastAnswer(long CandidateId, string Model, string Text, double? Performance, double? Judge, double Cost, int Order)
{
    /// <summary>From what a run stores for a candidate: the imported score and the raw pointwise judge score.</summary>
    public static PastAnswer From(long candidateId, string model, string text, double? importedScore, double? judgeScore, double cost, int order)
    {
        var judge = Routing.ScoreSignal.Performance(Domain.Routing.RoutingSignal.JudgeScore, null, judgeScore);
        return new PastAnswer(candidateId, model, text, importedScore ?? judge, judge, cost, order);
    }
}
