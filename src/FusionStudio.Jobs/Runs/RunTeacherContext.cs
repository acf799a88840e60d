using FusionStudio.Domain.Teachers;
using FusionStudio.Engine.Gateway;

namespace FusionStudio.Jobs.Runs;

/// <summary>A teacher as a run uses it: its place in the pool, its sample count, and how to reach it.</summary>
public sealed record RunTeacherContext(int Position, Teacher Teacher, int SampleCount, ProviderEndpoint Endpoint)
{
    public ModelCallRequest Request(IReadOnlyList<Domain.Datasets.PromptMessage> messages, int sampleIndex, ModelCallPurpose purpose) => new()
    {
        Provider = Endpoint,
        Model = Teacher.Model,
        Messages = messages,
        Sampling = SamplingSettings.From(Teacher),
        SampleIndex = sampleIndex,
        Purpose = purpose,
    };
}
