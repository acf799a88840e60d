using FusionStudio.Domain.Runs;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>How a run command looks as a button on the run page.</summary>
internal sealed record RunCommandButton(string Label, string Icon, Color Color, Variant Variant, string TestId)
{
    public static RunCommandButton For(RunCommand command, int failed) => command switch
    {
        RunCommand.Start => new("Start", Icons.Material.Filled.PlayArrow, Color.Primary, Variant.Filled, "start"),
        RunCommand.Pause => new("Pause", Icons.Material.Filled.Pause, Color.Default, Variant.Outlined, "pause"),
        RunCommand.Resume => new("Resume", Icons.Material.Filled.PlayArrow, Color.Primary, Variant.Filled, "resume"),
        RunCommand.Cancel => new("Cancel", Icons.Material.Filled.Stop, Color.Error, Variant.Outlined, "cancel"),
        RunCommand.RetryFailed => new($"Retry {failed} failed", Icons.Material.Filled.Replay, Color.Warning, Variant.Outlined, "retry"),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Only people's commands have buttons."),
    };
}
