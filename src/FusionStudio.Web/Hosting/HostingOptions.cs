using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Web.Hosting;

/// <summary>The process's role and job capacity. Section <c>Hosting</c>.</summary>
public sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    public HostRole Role { get; set; } = HostRole.All;

    /// <summary>Concurrent Hangfire jobs in this process; each job may make many model calls at once.</summary>
    [Range(1, 200)]
    public int WorkerCount { get; set; } = 8;

    /// <summary>How often an idle worker looks for new jobs in a PostgreSQL queue.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a job fetched by a worker that stopped answering stays hidden before another worker takes it.</summary>
    public TimeSpan QueueInvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a stopping worker gives the model calls in flight to land and be stored before it cancels them. Its
    /// batches go back to the queue either way; keep the deployment's stop timeout (compose's
    /// <c>stop_grace_period</c>) above this plus <see cref="ShutdownMargin"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time after the grace period for cancelled jobs to be handed back and connections to close.</summary>
    public static readonly TimeSpan ShutdownMargin = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Trust <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> from a TLS-terminating proxy, so the login cookie is
    /// Secure and logs show the client's address. Only when the app is reachable through the proxy alone.
    /// </summary>
    public bool ForwardedHeaders { get; set; }

    public bool ServesPages => Role is HostRole.All or HostRole.Web;

    public bool ProcessesJobs => Role is HostRole.All or HostRole.Worker;
}
