using FusionStudio.Engine.PastAnswers;

namespace FusionStudio.UnitTests.PastAnswers;

public sealed class DistillationSelectionTests
{
    private static PastAnswer Answer(long id, double? performance, double? judge = null, double cost = 0.001, string text = "answer") =>
        new(id, $"model-{id}", text, performance, judge, cost, (int)id);

    [Fact]
    public void Takes_the_top_k_by_performance_with_ties_broken_by_judge_then_cost()
    {
        PastAnswer[] answers =
        [
            Answer(1, 0.5, judge: 0.9),
            Answer(2, 1.0, judge: 0.2),
            Answer(3, 1.0, judge: 0.8, cost: 0.5),
            Answer(4, 1.0, judge: 0.8, cost: 0.1),
            Answer(5, 0.7),
        ];

        Assert.Equal([4L, 3, 2], DistillationSelection.Select(answers, 3).Select(a => a.CandidateId));
        Assert.Equal([4L, 3, 2, 5, 1], DistillationSelection.Select(answers, 10).Select(a => a.CandidateId));
    }

    [Fact]
    public void Stops_at_the_first_answer_with_performance_zero()
    {
        PastAnswer[] answers = [Answer(1, 0.0, judge: 1.0), Answer(2, 0.4), Answer(3, 0.0), Answer(4, 0.9)];

        Assert.Equal([4L, 2], DistillationSelection.Select(answers, 5).Select(a => a.CandidateId));
        Assert.Empty(DistillationSelection.Select([Answer(1, 0.0, judge: 1.0), Answer(2, 0.0)], 3));
    }

    [Fact]
    public void Unscored_and_empty_answers_are_never_picked()
    {
        PastAnswer[] answers = [Answer(1, null, judge: 1.0), Answer(2, 0.3, text: "  "), Answer(3, 0.2)];

        Assert.Equal([3L], DistillationSelection.Select(answers, 3).Select(a => a.CandidateId));
    }

    [Fact]
    public void Performance_is_the_imported_score_else_the_judge_score_scaled_to_one()
    {
        var imported = PastAnswer.From(1, "m", "t", importedScore: 0.25, judgeScore: 10, cost: 0, order: 0);
        var judged = PastAnswer.From(2, "m", "t", importedScore: null, judgeScore: 10, cost: 0, order: 0);

        Assert.Equal((0.25, 1.0), (imported.Performance!.Value, imported.Judge!.Value));
        Assert.Equal(1.0, judged.Performance);
        Assert.Null(PastAnswer.From(3, "m", "t", null, null, 0, 0).Performance);
    }
}
