namespace FusionStudio.Web.Security.KeyRing;

/// <summary>The key ring's master key is missing or malformed: the process cannot start, and the message says what to set.</summary>
public sealed class KeyRingConfigurationException : Exception
{
    public KeyRingConfigurationException()
    {
    }

    public KeyRingConfigurationException(string message)
        : base(message)
    {
    }

    public KeyRingConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
