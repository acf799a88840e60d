namespace FusionStudio.Engine.Serving;

/// <summary>No answer at all could be given: every teacher and every fallback failed. The endpoint answers 502.</summary>
public sealed class ServingFailedException(string message, ServedAnswer partial) : Exception(message)
{
    /// <summary>The calls that were made and failed, to be logged and stored like any other.</summary>
    public ServedAnswer Partial { get; } = partial;
}
