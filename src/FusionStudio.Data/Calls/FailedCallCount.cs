namespace FusionStudio.Data.Calls;

/// <summary>How many stored calls of one purpose failed with one message.</summary>
public sealed record FailedCallCount(ModelCallPurpose Purpose, string Error, int Count);
