using FusionStudio.Engine.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>A teacher with what the estimate needs: its max tokens and its provider's prices.</summary>
public sealed record TeacherChoice(
    int Id, string Name, string Model, string Provider, bool Simulated, int MaxTokens, decimal InputPricePerMillionTokens, decimal OutputPricePerMillionTokens)
{
    public RunEstimateModel ToEstimateModel() => new(MaxTokens, InputPricePerMillionTokens, OutputPricePerMillionTokens);
}
