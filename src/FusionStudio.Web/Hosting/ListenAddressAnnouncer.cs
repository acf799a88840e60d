namespace FusionStudio.Web.Hosting;

/// <summary>Prints where the embedded default listens once the server is up, so a moved port is never a guess.</summary>
internal sealed class ListenAddressAnnouncer(IHostApplicationLifetime lifetime, string line) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => Console.WriteLine(line));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
