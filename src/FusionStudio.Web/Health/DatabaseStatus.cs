namespace FusionStudio.Web.Health;

/// <summary>
/// Whether this process last reached the database, for the page banner. Written by the probes, read by components,
/// which subscribe to <see cref="Changed"/>.
/// </summary>
public sealed class DatabaseStatus
{
    private volatile string? _problem;

    public event Action? Changed;

    public bool IsReachable => _problem is null;

    /// <summary>Why the database is unreachable, or null.</summary>
    public string? Problem => _problem;

    public void Report(string? problem)
    {
        var before = _problem;
        _problem = problem;
        if ((before is null) != (problem is null))
        {
            Changed?.Invoke();
        }
    }
}
