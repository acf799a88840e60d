namespace FusionStudio.Web.Hosting;

/// <summary>What one FusionStudio process does. All processes are the same program.</summary>
public enum HostRole
{
    /// <summary>Pages, API and job processing in one process: the embedded default.</summary>
    All = 0,

    /// <summary>Pages and API only; jobs are enqueued for workers.</summary>
    Web = 1,

    /// <summary>Job processing only; serves no pages (only <c>/healthz</c>).</summary>
    Worker = 2,
}
