using FusionStudio.Engine.Attribution;

namespace FusionStudio.Web.Runs;

/// <summary>A fused answer's attribution; source i of <see cref="Result"/> is candidate number <c>SourceNumbers[i]</c>.</summary>
public sealed record RunPromptDetailAttribution(TextAttribution Result, IReadOnlyList<int> SourceNumbers)
{
    public int? NumberOf(int? source) => source is { } index ? SourceNumbers[index] : null;

    /// <summary>The candidate's share of the fused answer's words, from 0 to 1.</summary>
    public double ShareOfNumber(int number)
    {
        var index = SourceNumbers.ToList().IndexOf(number);
        return index < 0 ? 0 : Result.ShareOf(index);
    }
}
