using FusionStudio.Domain.Prompts;

namespace FusionStudio.Web.Runs;

/// <summary>Everything the new-run form offers to choose from.</summary>
public sealed record RunFormOptions(
    IReadOnlyList<DatasetChoice> Datasets,
    IReadOnlyList<PoolChoice> Pools,
    IReadOnlyList<TeacherChoice> Teachers,
    IReadOnlyList<TemplateChoice> Templates)
{
    /// <summary>Stored routers, newest version of each name first.</summary>
    public IReadOnlyList<RouterChoice> Routers { get; init; } = [];

    /// <summary>Thought template sets that are built, for the run option "thought hints from set X".</summary>
    public IReadOnlyList<ThoughtSetChoice> ThoughtSets { get; init; } = [];

    public ThoughtSetChoice? ThoughtSet(int? id) => ThoughtSets.FirstOrDefault(s => s.Id == id);

    public RouterChoice? Router(int? id) => Routers.FirstOrDefault(r => r.Id == id);

    public DatasetChoice? Dataset(int? id) => Datasets.FirstOrDefault(d => d.Id == id);

    public PoolChoice? Pool(int? id) => Pools.FirstOrDefault(p => p.Id == id);

    public TeacherChoice? Teacher(int? id) => Teachers.FirstOrDefault(t => t.Id == id);

    public TemplateChoice? Template(int? id) => Templates.FirstOrDefault(t => t.Id == id);

    public IEnumerable<TemplateChoice> TemplatesOf(PromptTemplateKind kind) => Templates.Where(t => t.Kind == kind);
}
