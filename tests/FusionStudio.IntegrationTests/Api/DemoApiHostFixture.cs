namespace FusionStudio.IntegrationTests.Api;

/// <summary>An <see cref="ApiHostFixture"/> whose database holds the demo library on the simulated provider.</summary>
public sealed class DemoApiHostFixture : ApiHostFixture
{
    protected override bool Demo => true;
}
