using FusionStudio.Testing;
using FusionStudio.Web;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>Program registers every feature itself: each page's queries and commands resolve from the host.</summary>
public sealed class FeatureRegistrationTests
{
    private static readonly string[] _roles = ["Query", "Queries", "Command", "Commands", "Planner", "Importer", "Exporter"];

    [Fact]
    public async Task Every_feature_query_and_command_resolves_from_the_host()
    {
        var types = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true, Namespace: not null }
                && t.Namespace.StartsWith("FusionStudio.Web.", StringComparison.Ordinal)
                && !t.Namespace.StartsWith("FusionStudio.Web.Components", StringComparison.Ordinal)
                && _roles.Any(role => t.Name.EndsWith(role, StringComparison.Ordinal)))
            .Append(typeof(EditorCheck))
            .ToList();
        await using var app = FusionApp.OnSqlite();
        app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();

        var missing = types.Where(t => scope.ServiceProvider.GetService(t) is null).Select(t => t.FullName).ToList();

        Assert.Empty(missing);
        Assert.Contains(types, t => t.Namespace == "FusionStudio.Web.Admin");
        Assert.True(types.Count > 20, $"Only {types.Count} types found.");
    }
}
