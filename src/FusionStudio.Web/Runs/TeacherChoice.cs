using FusionStudio.Engine.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// A teacher with what the estimate needs: its max tokens, its provider's prices, and the mean length of its
/// earlier answers in each role (from the call log; null where it has none).
/// </summary>
public sealed record TeacherChoice(
    int Id, string Name, string Model, string Provider, bool Simulated, int MaxTokens, decimal InputPricePerMillionTokens, decimal OutputPricePerMillionTokens)
{
    public ObservedOutput Observed { get; init; } = ObservedOutput.None;

    public RunEstimateModel ToEstimateModel() => new(MaxTokens, InputPricePerMillionTokens, OutputPricePerMillionTokens);

    /// <summary>The estimate's model for this teacher in <paramref name="role"/>, with its observed answer length there.</summary>
    public RunEstimateModel ToEstimateModel(TeacherRole role) => ToEstimateModel() with { ObservedOutputTokens = Observed.Of(role) };
}
