using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>A prompt template FusionStudio ships, seeded as version 1 of a built-in template.</summary>
public sealed record BuiltInPromptTemplate(string Name, PromptTemplateKind Kind, string Description, string SystemText, string UserText);
