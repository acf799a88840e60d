using FusionStudio.Engine.PastAnswers;

namespace FusionStudio.UnitTests.PastAnswers;

public sealed class ThoughtSourceSelectionTests
{
    private static PastAnswer Answer(long id, double? performance, double cost, double? judge = null) =>
        new(id, $"model-{id}", $"answer {id}", performance, judge, cost, (int)id);

    [Fact]
    public void Keeps_the_five_best_by_performance_then_lower_cost_and_reranks_them_to_three_by_judge()
    {
        PastAnswer[] answers =
        [
            Answer(1, 1.0, cost: 0.9, judge: 0.2),
            Answer(2, 1.0, cost: 0.1, judge: 0.3),
            Answer(3, 0.8, cost: 0.1, judge: 0.9),
            Answer(4, 0.8, cost: 0.2, judge: 0.5),
            Answer(5, 0.6, cost: 0.1, judge: 0.1),
            // Sixth by performance: the best judge score cannot bring it back.
            Answer(6, 0.5, cost: 0.0, judge: 1.0),
            Answer(7, 0.6, cost: 0.3, judge: 0.95),
        ];

        // Top 5: 2, 1, 3, 4, 5 (7 loses to 5 on cost); by judge: 3 (0.9), 4 (0.5), 2 (0.3).
        Assert.Equal([3L, 4, 2], ThoughtSourceSelection.Select(answers).Select(a => a.CandidateId));
    }

    [Fact]
    public void Without_judge_scores_the_performance_order_stands()
    {
        PastAnswer[] answers = [Answer(1, 0.2, 0.1), Answer(2, 0.9, 0.5), Answer(3, 0.9, 0.4), Answer(4, 0.0, 0.0)];

        Assert.Equal([3L, 2, 1], ThoughtSourceSelection.Select(answers).Select(a => a.CandidateId));
    }

    [Fact]
    public void Unscored_answers_are_left_out()
    {
        Assert.Equal([2L], ThoughtSourceSelection.Select([Answer(1, null, 0, judge: 1.0), Answer(2, 0.1, 0)]).Select(a => a.CandidateId));
    }
}
