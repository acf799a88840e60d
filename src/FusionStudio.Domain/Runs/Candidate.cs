namespace FusionStudio.Domain.Runs;

/// <summary>
/// One teacher's answer to one prompt. (Run, prompt, teacher, sample index) is unique, so a retried or repeated
/// generation step can never store a second copy.
/// </summary>
public sealed class Candidate : IRecordsCalls, IStoredAnswer
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long PromptId { get; set; }

    public int TeacherId { get; set; }

    public int SampleIndex { get; set; }

    public string? Text { get; set; }

    /// <inheritdoc />
    public bool? WrongLanguage { get; set; }

    /// <summary>Why the call failed; a candidate with an error has no text.</summary>
    public string? Error { get; set; }

    /// <summary>A score that came with an imported log record, kept apart from the run's own judge scores.</summary>
    public double? ImportedScore { get; set; }

    /// <summary>The thought templates its generation request carried as hints, most similar first; empty without hints.</summary>
    public List<long> HintTemplateIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The generation call (or the imported log record) that produced it.</summary>
    public List<ModelCall> Calls { get; set; } = [];

    public bool Succeeded => Error is null && Text is not null;
}
