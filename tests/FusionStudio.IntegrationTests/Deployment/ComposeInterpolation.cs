using System.Text.RegularExpressions;

namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>Compose's <c>${NAME}</c>, <c>${NAME:-default}</c>, <c>${NAME:?error}</c> and <c>$$</c> in a value.</summary>
internal static partial class ComposeInterpolation
{
    public static string Resolve(string value, IReadOnlyDictionary<string, string> variables) =>
        Variable().Replace(value, match =>
        {
            if (match.Value == "$$")
            {
                return "$";
            }

            var name = match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["bare"].Value;
            var operation = match.Groups["op"].Value;
            var argument = match.Groups["arg"].Value;
            var isSet = variables.TryGetValue(name, out var set);
            // With a colon, an empty value counts as unset.
            var hasValue = isSet && (!operation.StartsWith(':') || set!.Length > 0);
            return operation.TrimStart(':') switch
            {
                "-" => hasValue ? set! : argument,
                "+" => hasValue ? argument : string.Empty,
                "?" when !hasValue => throw new InvalidOperationException($"${{{name}}} is required: {argument}"),
                _ when hasValue || isSet => set!,
                // Compose would put an empty string and warn; a test should rather say which variable it lacks.
                _ => throw new InvalidOperationException($"`{value}` needs ${{{name}}}, which the test does not set."),
            };
        });

    [GeneratedRegex(@"\$(?:\$|\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:?[-+?])(?<arg>[^}]*))?\}|(?<bare>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Variable();
}
