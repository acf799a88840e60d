namespace FusionStudio.Engine.Analysis;

/// <summary>Which interval <see cref="MeanInterval"/> gave: which one a page shows depends on how many values it has.</summary>
public enum MeanIntervalKind
{
    /// <summary>The seeded percentile bootstrap over the values, up to <see cref="BootstrapOptions.MaxResampledValues"/>.</summary>
    PercentileBootstrap,

    /// <summary>Mean ± z·s/√n, above <see cref="BootstrapOptions.MaxResampledValues"/> values.</summary>
    Normal,
}
