namespace FusionStudio.Engine.Prompts;

/// <summary>The outcome of <see cref="PromptTemplateValidator"/>: valid when there is no problem.</summary>
public sealed record PromptTemplateValidation(IReadOnlyList<PromptTemplateProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public IReadOnlyList<string> UnknownPlaceholders => NamesOf(PromptTemplateProblemKind.UnknownPlaceholder);

    public IReadOnlyList<string> MissingPlaceholders => NamesOf(PromptTemplateProblemKind.MissingPlaceholder);

    /// <summary>The messages to show under one field of the form.</summary>
    public IReadOnlyList<string> MessagesFor(PromptTemplateField field) =>
        Problems.Where(problem => problem.Field == field).Select(problem => problem.Message).ToList();

    private List<string> NamesOf(PromptTemplateProblemKind kind) =>
        Problems.Where(problem => problem.Kind == kind && problem.Placeholder is not null)
            .Select(problem => problem.Placeholder!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
