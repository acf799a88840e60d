namespace FusionStudio.Engine.Gateway;

/// <summary>What a call serves, as the call log records it: the run, prompt, teacher and template version.</summary>
public sealed record CallOrigin(int? RunId = null, long? PromptId = null, int? TeacherId = null, int? TemplateVersionId = null)
{
    public static CallOrigin None { get; } = new();
}
