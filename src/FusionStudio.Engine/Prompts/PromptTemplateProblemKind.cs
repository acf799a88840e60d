namespace FusionStudio.Engine.Prompts;

public enum PromptTemplateProblemKind
{
    /// <summary>A placeholder the template's kind does not fill, such as a typo.</summary>
    UnknownPlaceholder = 0,

    /// <summary>A placeholder the template's kind cannot work without.</summary>
    MissingPlaceholder = 1,

    /// <summary>Double braces that do not form a placeholder.</summary>
    UnbalancedBraces = 2,
}
