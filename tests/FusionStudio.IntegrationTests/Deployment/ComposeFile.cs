namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>docker/compose.yaml as the tests read it: each service's environment, aliases and merges resolved.</summary>
internal sealed class ComposeFile(Dictionary<string, object?> root)
{
    public static string DefaultPath => RepositoryRoot.PathTo("docker", "compose.yaml");

    public static ComposeFile Load(string? path = null) =>
        new(ComposeYamlReader.Parse(File.ReadAllText(path ?? DefaultPath)));

    /// <summary>The service's <c>environment:</c> mapping as written, before compose fills in <c>${...}</c>.</summary>
    public Dictionary<string, string> Environment(string service)
    {
        var services = root.GetValueOrDefault("services") as Dictionary<string, object?>
            ?? throw new FormatException("compose.yaml has no `services:` mapping.");
        var definition = services.GetValueOrDefault(service) as Dictionary<string, object?>
            ?? throw new FormatException($"compose.yaml has no service `{service}`.");
        var environment = definition.GetValueOrDefault("environment") as Dictionary<string, object?>
            ?? throw new FormatException($"Service `{service}` needs an `environment:` mapping of `KEY: value` lines.");

        return environment.ToDictionary(
            entry => entry.Key,
            entry => entry.Value as string
                // A key without a value makes compose copy it from the host, which a test cannot reproduce.
                ?? throw new FormatException($"Service `{service}`: `{entry.Key}` needs a plain value."),
            StringComparer.Ordinal);
    }
}
