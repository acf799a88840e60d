using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Runs.New;

public partial class RunLimitFields
{
    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private string DefaultName => Options.Dataset(Plan.DatasetId) is { } dataset && Options.Pool(Plan.PoolId) is { } pool
        ? RunPlanner.DefaultName(dataset.Name, pool.Name, Clock.GetUtcNow())
        : "<dataset> × <pool> <date>";
}
