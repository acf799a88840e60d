namespace FusionStudio.Web.Reports;

/// <summary>A prompt that the compared runs share, with each run's result in the runs' order (the baseline first).</summary>
public sealed record SharedPromptRow(long PromptId, int Ordinal, string Text, string Language, string Task, IReadOnlyList<SharedPromptSide> Sides)
{
    /// <summary>The prompt's number as the run page shows it.</summary>
    public int Number => Ordinal + 1;
}
