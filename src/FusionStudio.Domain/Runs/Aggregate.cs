namespace FusionStudio.Domain.Runs;

/// <summary>One method's final answer for one prompt: a selected candidate or a fused text, with its sources.</summary>
public sealed class Aggregate : IRecordsCalls, IStoredAnswer
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long PromptId { get; set; }

    public AggregationMethod Method { get; set; }

    /// <summary>How many candidates the method saw: N for the run's answer, smaller for the scaling curve.</summary>
    public int CandidateLimit { get; set; }

    /// <summary>Which seeded random k-subset of the candidates a FusioN@k point read; 0 for the run's own answer.</summary>
    public int Subset { get; set; }

    private string? _text;

    /// <summary>The answer; setting it sets <see cref="TextHash"/>, so every write path stores both.</summary>
    public string? Text
    {
        get => _text;
        set
        {
            _text = value;
            TextHash = AnswerTextHash.Of(value);
        }
    }

    /// <summary>
    /// <see cref="AnswerTextHash"/> of <see cref="Text"/>: same-answer checks compare it through an index before the
    /// texts. Null with no text, and on SQLite for answers stored before it existed (those compare their texts).
    /// </summary>
    public long? TextHash { get; set; }

    /// <inheritdoc />
    public bool? WrongLanguage { get; set; }

    /// <summary>The chosen candidate, for selectors.</summary>
    public long? SelectedCandidateId { get; set; }

    /// <summary>The candidates the method read.</summary>
    public List<long> SourceCandidateIds { get; set; } = [];

    /// <summary>For fusors: the seeded shuffled order in which the candidates were shown.</summary>
    public List<long> PresentedOrder { get; set; } = [];

    public int? TemplateVersionId { get; set; }

    public string? Error { get; set; }

    /// <summary>
    /// The run's judge's score of this answer (a selector's: its selected candidate's; a fused answer's: its own),
    /// stored by the write path so the report and the scaling curve group answers without joining their scores.
    /// </summary>
    public double? Score { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The fusor call that wrote it; none for a selector.</summary>
    public List<ModelCall> Calls { get; set; } = [];
}
