using System.Reflection;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Gateway;
using FusionStudio.FakeOpenAi;
using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Architecture;

/// <summary>
/// The simulator is a plug-in: the engine must not know it, and it and the fake server must not know the engine.
/// Read from the compiled assemblies' references, so a stray project reference that code uses fails here.
/// </summary>
public sealed class SimulatorBoundaryTests
{
    [Fact]
    public void Engine_references_only_the_domain_of_our_assemblies()
    {
        Assert.Equal(["FusionStudio.Domain"], OwnReferences(typeof(ModelGateway).Assembly));
    }

    [Fact]
    public void Simulator_references_only_the_domain_of_our_assemblies()
    {
        Assert.Equal(["FusionStudio.Domain"], OwnReferences(typeof(SyntheticChatResponder).Assembly));
    }

    [Fact]
    public void Fake_server_references_the_simulator_and_the_domain_but_not_the_engine()
    {
        Assert.Equal(["FusionStudio.Domain", "FusionStudio.Simulation"], OwnReferences(typeof(FakeOpenAiServer).Assembly));
    }

    [Fact]
    public void Prompt_protocol_lives_in_the_domain_and_no_engine_type_is_a_simulator_type()
    {
        Assert.Equal("FusionStudio.Domain", typeof(PromptProtocol).Assembly.GetName().Name);
        Assert.DoesNotContain(
            typeof(ModelGateway).Assembly.GetTypes(),
            type => type.Namespace?.Contains("Simulation", StringComparison.Ordinal) == true);
    }

    private static List<string> OwnReferences(Assembly assembly) => assembly.GetReferencedAssemblies()
        .Select(reference => reference.Name!)
        .Where(name => name.StartsWith("FusionStudio.", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();
}
