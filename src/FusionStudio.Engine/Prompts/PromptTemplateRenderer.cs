using System.Text;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Prompts;

/// <summary>
/// Turns a template version and placeholder values into the chat messages sent to a model. Values are inserted
/// verbatim and never scanned again, so a candidate that contains <c>{{prompt}}</c> stays literal text.
/// </summary>
public static class PromptTemplateRenderer
{
    /// <summary>Renders for a model call; a placeholder without a value is a bug, so it throws.</summary>
    /// <exception cref="ArgumentException">A placeholder of the template has no value; the message names it.</exception>
    public static IReadOnlyList<PromptMessage> Render(PromptTemplateVersion version, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Messages(RenderText(version.SystemText, values), RenderText(version.UserText, values));
    }

    /// <summary>Renders for the live preview: a placeholder without a value is left as written, for the author to see.</summary>
    public static IReadOnlyList<PromptMessage> RenderPreview(string systemText, string userText, IReadOnlyDictionary<string, string> values) =>
        Messages(Substitute(systemText, values, strict: false), Substitute(userText, values, strict: false));

    /// <summary>Renders one text; throws when a placeholder has no value.</summary>
    public static string RenderText(string text, IReadOnlyDictionary<string, string> values) =>
        Substitute(text, values, strict: true);

    private static List<PromptMessage> Messages(string system, string user)
    {
        var messages = new List<PromptMessage>(2);
        if (!string.IsNullOrWhiteSpace(system))
        {
            messages.Add(new PromptMessage(ChatRole.System, system));
        }

        messages.Add(new PromptMessage(ChatRole.User, user));
        return messages;
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> values, bool strict)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        var scan = PlaceholderScanner.Scan(text);
        if (strict)
        {
            var missing = scan.Names.Where(name => !values.ContainsKey(name)).ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException(
                    "No value for placeholder(s) " + string.Join(", ", missing.Select(PromptPlaceholders.Token)) + ".", nameof(values));
            }
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var placeholder in scan.Placeholders)
        {
            builder.Append(text, position, placeholder.Start - position);
            if (values.TryGetValue(placeholder.Name, out var value))
            {
                builder.Append(value);
            }
            else
            {
                builder.Append(text, placeholder.Start, placeholder.Length);
            }

            position = placeholder.Start + placeholder.Length;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
