using System.Reflection;
using FusionStudio.Data;
using FusionStudio.Web.Hosting;
using FusionStudio.Web.Security.KeyRing;

namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>docker/compose.yaml's settings as written, checked without starting anything.</summary>
public sealed class ComposeFileTests
{
    // The sections the app documents, each bound to its options class.
    private static readonly Dictionary<string, Type> _sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [DatabaseOptions.SectionName] = typeof(DatabaseOptions),
        [HostingOptions.SectionName] = typeof(HostingOptions),
        [DemoOptions.SectionName] = typeof(DemoOptions),
        [KeyRingOptions.SectionName] = typeof(KeyRingOptions),
    };

    // ASP.NET Core's own host filtering, documented in the README's configuration table.
    private static readonly string[] _hostSettings = ["AllowedHosts"];

    [Theory]
    [InlineData("web", "Web")]
    [InlineData("worker", "Worker")]
    public void Compose_runs_each_role_on_the_postgres_service(string service, string role)
    {
        var environment = ComposeFile.Load().Environment(service);

        Assert.Equal(role, environment["Hosting__Role"]);
        Assert.Equal(nameof(DatabaseProvider.PostgreSql), environment["Database__Provider"]);
        Assert.Contains("Host=postgres;", environment[ComposeDeployment.ConnectionStringKey], StringComparison.Ordinal);
        Assert.Equal("false", environment["Demo__Enabled"]);
        Assert.Equal("${FUSIONSTUDIO_MASTER_KEY:?set FUSIONSTUDIO_MASTER_KEY to the output of openssl rand -base64 32}", environment["DataProtection__MasterKey"]);
        Assert.StartsWith("${FUSIONSTUDIO_HOSTS", environment["AllowedHosts"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web")]
    [InlineData("worker")]
    public void Compose_sets_only_documented_settings(string service)
    {
        // The app ignores a misspelt setting silently, so each name is checked against the options classes.
        var unknown = ComposeFile.Load().Environment(service).Keys
            .Where(key => !IsDocumentedSetting(key))
            .ToList();

        Assert.True(unknown.Count == 0, $"`{service}` sets what no options class reads: {string.Join(", ", unknown)}");
    }

    private static bool IsDocumentedSetting(string key)
    {
        if (_hostSettings.Contains(key, StringComparer.Ordinal))
        {
            return true;
        }

        var parts = key.Split("__");
        return parts.Length == 2
            && _sections.TryGetValue(parts[0], out var options)
            && options.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanWrite: true };
    }
}
