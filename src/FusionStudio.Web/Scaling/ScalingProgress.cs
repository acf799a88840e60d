namespace FusionStudio.Web.Scaling;

/// <summary>How far one confirmed FusioN@k point is: prompts settled (scored or failed) of all, and how many failed.</summary>
public sealed record ScalingProgress(int K, int Settled, int Failed, int Prompts)
{
    public bool IsDone => Settled >= Prompts;

    public string Label => $"FusioN@{K}: {Settled} / {Prompts} prompts";
}
