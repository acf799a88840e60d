using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.UnitTests.Prompts;

/// <summary>The shipped templates as versions, and a sample prompt, for tests that build requests.</summary>
internal static class Templates
{
    public static PromptTemplateVersion Fusor => Version(DefaultPromptTemplates.Fusor);

    public static PromptTemplateVersion Pointwise => Version(DefaultPromptTemplates.PointwiseJudge);

    public static PromptTemplateVersion Pairwise => Version(DefaultPromptTemplates.PairwiseJudge);

    public static PromptTemplateVersion Proposer => Version(DefaultPromptTemplates.MoaProposer);

    public static PromptTemplateVersion Version(BuiltInPromptTemplate template) =>
        new() { Number = 1, SystemText = template.SystemText, UserText = template.UserText };

    public static PromptTemplateVersion Version(string systemText, string userText) =>
        new() { Number = 1, SystemText = systemText, UserText = userText };

    public static DatasetPrompt Prompt(long id = 11, string text = "Wie entstehen Gezeiten?", string language = "de") =>
        new() { Id = id, Text = text, Language = language };
}
