namespace FusionStudio.Domain.Runs;

/// <summary>
/// One teacher sample's answer in a later layer (2..L) of Mixture-of-Agents: the teacher answered the prompt again with
/// the previous layer's answers as references. (Run, prompt, layer, teacher, sample index) is unique, so a retried
/// job or a second worker never stores a second copy. Layer 1 is the run's candidates.
/// </summary>
public sealed class LayerAnswer : IRecordsCalls
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long PromptId { get; set; }

    /// <summary>2..L.</summary>
    public int Layer { get; set; }

    public int TeacherId { get; set; }

    public int SampleIndex { get; set; }

    public string? Text { get; set; }

    /// <summary>Why the call failed; an answer with an error has no text and is left out of the next layer.</summary>
    public string? Error { get; set; }

    /// <summary>
    /// The previous layer's answers in the order this proposer saw them as references: candidate ids for layer 2,
    /// layer answer ids for later layers.
    /// </summary>
    public List<long> PresentedOrder { get; set; } = [];

    public int? TemplateVersionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The proposer call that wrote it.</summary>
    public List<ModelCall> Calls { get; set; } = [];

    public bool Succeeded => Error is null && Text is not null;
}
