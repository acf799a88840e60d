namespace FusionStudio.Domain.Recipes;

/// <summary>
/// One saved state of a recipe: what answers (teachers, fusor, router) and within which limits. Never edited after it
/// is saved; its served traffic is stored as prompts of its own live run.
/// </summary>
public sealed class RecipeVersion
{
    public int Id { get; set; }

    public int RecipeId { get; set; }

    public int Version { get; set; }

    public RecipeKind Kind { get; set; }

    /// <summary>The pool the teachers were taken from, if any; the teachers themselves are pinned in <see cref="TeacherIds"/>.</summary>
    public int? PoolId { get; set; }

    /// <summary>The teachers that answer, in pool order (one for <see cref="RecipeKind.Single"/>).</summary>
    public List<int> TeacherIds { get; set; } = [];

    public int? FusorTeacherId { get; set; }

    public int? FusorTemplateVersionId { get; set; }

    /// <summary>The trained router of routed recipes.</summary>
    public int? RouterId { get; set; }

    /// <summary>Who answers a routed recipe when the router cannot pick.</summary>
    public int? FallbackTeacherId { get; set; }

    /// <summary>How many of the router's best teachers a Routed FusioN recipe asks.</summary>
    public int? TopK { get; set; }

    /// <summary>Proposer layers of a Mixture-of-Agents recipe before the fusor.</summary>
    public int? Layers { get; set; }

    /// <summary>The MoA proposer prompt (pinned version) through which a Mixture-of-Agents recipe's later layers see the previous layer's answers.</summary>
    public int? ProposerTemplateVersionId { get; set; }

    public RecipeLimits Limits { get; set; } = new();

    /// <summary>False: requests are answered but neither their messages nor their answers are kept.</summary>
    public bool StoreTraffic { get; set; } = true;

    /// <summary>The run that holds this version's served requests as its prompts.</summary>
    public int? LiveRunId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>
    /// The teachers of the version's live run with their sample counts: the listed teachers, and the fallback teacher
    /// with one more sample (a fallback answer is its own candidate, beside a routed one from the same teacher).
    /// </summary>
    public IReadOnlyList<(int TeacherId, int SampleCount)> LiveRunTeachers()
    {
        var teachers = TeacherIds.Distinct().Select(id => (id, TeacherIds.Count(t => t == id))).ToList();
        if (FallbackTeacherId is { } fallback)
        {
            var at = teachers.FindIndex(t => t.id == fallback);
            if (at >= 0)
            {
                teachers[at] = (fallback, teachers[at].Item2 + 1);
            }
            else
            {
                teachers.Add((fallback, 1));
            }
        }

        return teachers;
    }

    /// <summary>Candidates a live-run prompt may have at most: the run's "N", which its answers are stored under.</summary>
    public int LiveCandidateLimit => LiveRunTeachers().Sum(t => t.SampleCount);

    /// <summary>Whether the kind writes its answer with the fusor.</summary>
    public bool Fuses => Kind is RecipeKind.FusionOfN or RecipeKind.RoutedFusion or RecipeKind.MixtureOfAgents;
}
