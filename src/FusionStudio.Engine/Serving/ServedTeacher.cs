using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Teachers;
using FusionStudio.Engine.Gateway;

namespace FusionStudio.Engine.Serving;

/// <summary>
/// A teacher as a recipe serves with it: its place among the recipe's teachers, which of its samples this is (a
/// teacher listed twice gives two different samples), and how to reach it.
/// </summary>
public sealed record ServedTeacher(int Position, int SampleIndex, Teacher Teacher, ProviderEndpoint Endpoint)
{
    /// <summary>
    /// A served call. It skips the response cache: a live request wants the model's answer now, and a cache is for
    /// re-running stored prompts, which served traffic never is.
    /// </summary>
    public ModelCallRequest Request(IReadOnlyList<PromptMessage> messages, ModelCallPurpose purpose, int? templateVersionId = null) => new()
    {
        Provider = Endpoint,
        Model = Teacher.Model,
        Messages = messages,
        Sampling = SamplingSettings.From(Teacher),
        SampleIndex = SampleIndex,
        Purpose = purpose,
        Origin = new CallOrigin(TeacherId: Teacher.Id, TemplateVersionId: templateVersionId),
        UseCache = false,
    };
}
