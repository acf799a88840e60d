namespace FusionStudio.Engine.Prompts;

/// <summary>One error of a template, attached to the field a form shows it under.</summary>
/// <param name="Placeholder">The placeholder's name for unknown and missing placeholders; null for brace errors.</param>
public sealed record PromptTemplateProblem(PromptTemplateField Field, PromptTemplateProblemKind Kind, string Message, string? Placeholder = null);
