using FusionStudio.Data.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Testing;

/// <summary>The app's own call-log reader, for tests that check a run's figures.</summary>
public static class TestCallLog
{
    public static Task<CallSummary> SummaryAsync(FusionApp app, int runId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<RunCallLog>().SummaryAsync(runId);
    }
}
