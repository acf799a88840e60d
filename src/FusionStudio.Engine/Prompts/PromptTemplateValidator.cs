using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// Checks a template's texts against what its kind fills in: no unknown placeholders, every required one present
/// (in either text), and no broken braces. Missing placeholders are reported under the user text, where they belong
/// in every template we know of.
/// </summary>
public static class PromptTemplateValidator
{
    public static PromptTemplateValidation Validate(PromptTemplateKind kind, PromptTemplateVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Validate(kind, version.SystemText, version.UserText);
    }

    public static PromptTemplateValidation Validate(PromptTemplateKind kind, string systemText, string userText)
    {
        var allowed = PromptPlaceholders.Allowed(kind);
        var problems = new List<PromptTemplateProblem>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, text) in new[] { (PromptTemplateField.System, systemText ?? ""), (PromptTemplateField.User, userText ?? "") })
        {
            var scan = PlaceholderScanner.Scan(text);
            problems.AddRange(scan.BraceErrors.Select(error => new PromptTemplateProblem(field, PromptTemplateProblemKind.UnbalancedBraces, error)));
            foreach (var name in scan.Names)
            {
                used.Add(name);
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    problems.Add(new PromptTemplateProblem(field, PromptTemplateProblemKind.UnknownPlaceholder, UnknownMessage(kind, name, allowed), name));
                }
            }
        }

        foreach (var name in PromptPlaceholders.Required(kind).Where(name => !used.Contains(name)))
        {
            var message = $"Missing placeholder {PromptPlaceholders.Token(name)}: a {PromptPlaceholders.Describe(kind)} template needs it.";
            problems.Add(new PromptTemplateProblem(PromptTemplateField.User, PromptTemplateProblemKind.MissingPlaceholder, message, name));
        }

        return new PromptTemplateValidation(problems);
    }

    private static string UnknownMessage(PromptTemplateKind kind, string name, IReadOnlyList<string> allowed)
    {
        var message = $"Unknown placeholder {PromptPlaceholders.Token(name)}: a {PromptPlaceholders.Describe(kind)} template can use "
            + string.Join(", ", allowed.Select(PromptPlaceholders.Token)) + ".";
        var differentCase = allowed.FirstOrDefault(candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase));
        return differentCase is null ? message : message + $" Did you mean {PromptPlaceholders.Token(differentCase)}?";
    }
}
