using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Reports;

/// <summary>
/// How many of one method's answers the answer-language check flags; <see cref="Method"/> is null for the
/// candidates themselves.
/// </summary>
public sealed record AnswerLanguageCount(AggregationMethod? Method, int Answers, int WrongLanguage)
{
    public double Share => Answers == 0 ? 0 : (double)WrongLanguage / Answers;
}
