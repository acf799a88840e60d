namespace FusionStudio.Web.Security.KeyRing;

/// <summary>Says at start that provider keys are only as safe as the database, outside Production where that is allowed.</summary>
internal sealed partial class UnencryptedKeyRingWarning(ILogger<UnencryptedKeyRingWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Warn(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "DataProtection:MasterKey is not set: the key ring in PostgreSQL is not encrypted, so a copy of the database can decrypt provider keys. Production refuses to start like this.")]
    private static partial void Warn(ILogger logger);
}
