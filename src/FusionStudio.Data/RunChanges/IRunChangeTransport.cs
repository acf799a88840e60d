namespace FusionStudio.Data.RunChanges;

/// <summary>How coalesced run-change notices leave a process: straight to this process's pages, or through PostgreSQL.</summary>
public interface IRunChangeTransport
{
    Task SendAsync(IReadOnlyCollection<int> runIds, CancellationToken cancellationToken);
}
