using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>Takes the jobs a run launch enqueues and runs none of them.</summary>
public sealed class RecordingJobClient : IBackgroundJobClient
{
    private readonly List<Job> _jobs = [];

    public IReadOnlyList<Job> Jobs => _jobs;

    public string Create(Job job, IState state)
    {
        _jobs.Add(job);
        return _jobs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
