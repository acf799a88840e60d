namespace FusionStudio.Jobs.Operations;

/// <summary>The name of the process that runs jobs (machine, process id and role), stamped on work it does.</summary>
public sealed record WorkerIdentity(string Name);
