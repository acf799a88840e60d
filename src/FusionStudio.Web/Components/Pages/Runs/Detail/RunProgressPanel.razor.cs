using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

public partial class RunProgressPanel
{
    [Parameter, EditorRequired]
    public RunProgress Progress { get; set; } = default!;

    /// <summary>The page's clock, so that the time left moves with each refresh.</summary>
    [Parameter]
    public DateTimeOffset Now { get; set; }

    private IEnumerable<StepBar> Steps =>
    [
        new("generated", "Generated", Progress.Generated, Color.Primary),
        new("scored", "Scored", Progress.Scored, Color.Primary),
        new("aggregated", "Selected and fused", Progress.Aggregated, Color.Primary),
        new("done", "Done", Progress.Done, Color.Success),
        new("failed", "Failed", Progress.Failed, Color.Error),
    ];

    private string TimeLine
    {
        get
        {
            if (Progress.StartedAt is not { } started)
            {
                return "Not started";
            }

            if (Progress.Status.IsFinished() && Progress.FinishedAt is { } finished)
            {
                return $"Took {RunEta.Format(finished - started)}";
            }

            if (Progress.Status != RunStatus.Running)
            {
                return $"{RunText.Percent(Progress.Processed, Progress.PromptCount)} processed";
            }

            return RunEta.Remaining(started, Progress.Processed, Progress.PromptCount, Now) is { } left
                ? $"About {RunEta.Format(left)} left"
                : "Estimating time left…";
        }
    }

    private double Percent(int count) => Progress.PromptCount == 0 ? 0 : 100.0 * count / Progress.PromptCount;

    private sealed record StepBar(string Key, string Label, int Count, Color Color);
}
