namespace FusionStudio.Jobs.Thoughts;

/// <summary>Builds a thought template set in the background; safe to run twice (see <see cref="ThoughtTemplateBuilder"/>).</summary>
public sealed class BuildThoughtTemplatesJob(ThoughtTemplateBuilder builder)
{
    public Task RunAsync(int setId, CancellationToken cancellationToken) => builder.BuildAsync(setId, cancellationToken);
}
