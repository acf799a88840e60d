namespace FusionStudio.Data.Calls.Totals;

/// <summary>
/// The slowest call of one step (purpose) of one prompt of a run: the memory that makes a step's prompt count and
/// mean slowest call exact when its calls arrive over many saves. Upserted in the transaction that stores the calls.
/// </summary>
public sealed class PromptStepLatency
{
    public int RunId { get; set; }

    public ModelCallPurpose Purpose { get; set; }

    public long PromptId { get; set; }

    public int SlowestMs { get; set; }

    /// <summary>
    /// What <see cref="SlowestMs"/> was before the last raise, null while the row was never raised: the upsert
    /// returns it, so the save knows whether the prompt is new to the step and by how much its slowest call grew.
    /// </summary>
    public int? PreviousMs { get; set; }
}
