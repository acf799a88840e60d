using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Teachers;
using FusionStudio.Engine.Gateway;

namespace FusionStudio.Jobs.Runs;

/// <summary>A teacher as a run uses it: its place in the pool, its sample count, and how to reach it.</summary>
public sealed record RunTeacherContext(int Position, Teacher Teacher, int SampleCount, ProviderEndpoint Endpoint)
{
    /// <summary>The run's <see cref="Domain.Runs.Run.SampleOffset"/>: added to every sample index, so a new draw misses the cache.</summary>
    public int SampleOffset { get; init; }

    /// <summary>A call to this teacher for a prompt of a run, with what it serves recorded for the call log.</summary>
    public ModelCallRequest Request(
        IReadOnlyList<PromptMessage> messages, int sampleIndex, ModelCallPurpose purpose, int runId, long promptId, int? templateVersionId = null) => new()
    {
        Provider = Endpoint,
        Model = Teacher.Model,
        Messages = messages,
        Sampling = SamplingSettings.From(Teacher),
        SampleIndex = SampleOffset + sampleIndex,
        Purpose = purpose,
        Origin = new CallOrigin(runId, promptId, Teacher.Id, templateVersionId),
    };
}
