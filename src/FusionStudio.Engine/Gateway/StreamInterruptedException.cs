namespace FusionStudio.Engine.Gateway;

/// <summary>
/// A streamed answer broke after part of it was handed on: not retried, because the caller cannot take back the part
/// it already passed along.
/// </summary>
internal sealed class StreamInterruptedException(Exception inner) : Exception("The answer's stream broke after it had started.", inner);
