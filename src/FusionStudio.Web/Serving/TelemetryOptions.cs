namespace FusionStudio.Web.Serving;

/// <summary>Where metrics go. Without an endpoint they stay in the process (for <c>/healthz</c> and any in-process listener).</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>An OpenTelemetry collector's OTLP endpoint, e.g. <c>http://collector:4317</c>; the served-traffic meter is exported there.</summary>
    public Uri? OtlpEndpoint { get; set; }
}
