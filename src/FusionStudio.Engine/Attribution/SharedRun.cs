namespace FusionStudio.Engine.Attribution;

/// <summary>A run of <see cref="Length"/> fused tokens from <see cref="Start"/> that source <see cref="Source"/> also contains.</summary>
internal readonly record struct SharedRun(int Start, int Length, int Source);
