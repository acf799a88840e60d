namespace FusionStudio.Engine.Gateway;

/// <summary>A retry about to happen: after which attempt, why, and how long it waits first.</summary>
internal sealed record RetryNotice(int Attempt, CallFailure Failure, TimeSpan Delay);
