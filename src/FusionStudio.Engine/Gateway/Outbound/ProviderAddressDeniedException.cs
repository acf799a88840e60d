namespace FusionStudio.Engine.Gateway.Outbound;

/// <summary>A provider call refused by <see cref="ProviderAddressPolicy"/>: a setting to change, not a fault to retry.</summary>
public sealed class ProviderAddressDeniedException : Exception
{
    public ProviderAddressDeniedException()
    {
    }

    public ProviderAddressDeniedException(string message)
        : base(message)
    {
    }

    public ProviderAddressDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
