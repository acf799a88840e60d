using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Shared;

namespace FusionStudio.UnitTests.Components;

public sealed class RunStatusChipTests : MudTestContext
{
    [Theory]
    [InlineData(RunStatus.Running, "Running", "mud-chip-color-info")]
    [InlineData(RunStatus.CompletedWithFailures, "Completed with failures", "mud-chip-color-error")]
    [InlineData(RunStatus.Completed, "Completed", "mud-chip-color-success")]
    public void Shows_the_status_in_words_and_colour(RunStatus status, string label, string colourClass)
    {
        var chip = Render<RunStatusChip>(p => p.Add(c => c.Status, status));

        var element = chip.Find("[data-testid=run-status]");
        Assert.Equal(label, element.TextContent.Trim());
        Assert.Contains(colourClass, element.ClassName, StringComparison.Ordinal);
    }
}
