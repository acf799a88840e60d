namespace FusionStudio.IntegrationTests.Exports;

/// <summary>The export tests share one finished run: running it once keeps them fast.</summary>
[CollectionDefinition(Name)]
public sealed class ExportRunCollection : ICollectionFixture<ExportRunFixture>
{
    public const string Name = "Export run";
}
