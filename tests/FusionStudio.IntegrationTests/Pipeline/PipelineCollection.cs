namespace FusionStudio.IntegrationTests.Pipeline;

/// <summary>
/// Whole runs (app, job server, fake model server) one at a time: several at once on a 2-core machine only make
/// each slower, while the rest of the suite still runs beside them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PipelineCollection
{
    public const string Name = "Pipeline";
}
