namespace FusionStudio.Engine.Prompts;

/// <summary>The two texts of a template version, as the editing form names them.</summary>
public enum PromptTemplateField
{
    System = 0,
    User = 1,
}
