using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Methods;

public sealed class MbrSelectorTests
{
    private readonly MbrSelector _selector = new();

    private static readonly string[] s_agreeing =
    [
        "Water boils at 100 degrees Celsius at sea level.",
        "At sea level, water boils at 100 degrees Celsius.",
        "Water boils at 100 °C at sea level.",
    ];

    private const string Outlier = "Bananas are rich in potassium and grow in tropical climates.";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Picks_one_of_the_agreeing_answers_wherever_the_outlier_stands(int outlierPosition)
    {
        var texts = s_agreeing.ToList();
        texts.Insert(outlierPosition, Outlier);
        var candidates = texts.Select((text, index) => Candidates.Text(index + 1, text, sample: index)).ToArray();
        var outlierId = outlierPosition + 1;

        var result = _selector.Select(Candidates.Input(candidates));

        Assert.True(result.IsSelected);
        Assert.NotEqual(outlierId, result.CandidateId);
    }

    [Fact]
    public void The_outlier_has_the_lowest_mean_similarity()
    {
        var candidates = s_agreeing.Append(Outlier).Select((text, index) => Candidates.Text(index + 1, text, sample: index)).ToList();

        var means = MbrSelector.MeanSimilarities(candidates);

        Assert.Equal(3, Array.IndexOf(means, means.Min()));
    }

    [Fact]
    public void Equal_means_go_to_the_first_in_canonical_order()
    {
        // Identical texts have identical means; the one listed later in the input is first canonically.
        var result = _selector.Select(Candidates.Input(
            Candidates.Text(10, "Same answer.", teacher: 1),
            Candidates.Text(20, "Same answer.", teacher: 0)));

        Assert.Equal(20, result.CandidateId);
    }

    [Fact]
    public void A_single_candidate_is_selected() =>
        Assert.Equal(5, _selector.Select(Candidates.Input(Candidates.Text(5, "Only one."))).CandidateId);

    [Fact]
    public void No_candidates_means_no_selection_with_a_reason()
    {
        var result = _selector.Select(Candidates.Input());

        Assert.Null(result.CandidateId);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }
}
