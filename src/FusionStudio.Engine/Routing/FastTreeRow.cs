namespace FusionStudio.Engine.Routing;

/// <summary>One training or scoring row of a FastTree regressor.</summary>
public sealed class FastTreeRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
