namespace FusionStudio.Jobs.Scaling;

/// <summary>What confirming FusioN@k points did: whether they were queued, how many batch jobs, or why not.</summary>
public sealed record ScalingConfirmation(bool Queued, int Jobs, string Message)
{
    public static ScalingConfirmation Refused(string message) => new(false, 0, message);
}
