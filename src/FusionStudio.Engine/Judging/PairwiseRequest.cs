using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// The two requests of one pairwise comparison: <see cref="AFirst"/> shows answer A as response A;
/// <see cref="BFirst"/> shows B as response A, so its verdict is read with <c>shownSwapped: true</c>.
/// </summary>
public sealed record PairwiseRequest(IReadOnlyList<PromptMessage> AFirst, IReadOnlyList<PromptMessage> BFirst)
{
    public IReadOnlyList<PromptMessage> Messages(bool shownSwapped) => shownSwapped ? BFirst : AFirst;
}
