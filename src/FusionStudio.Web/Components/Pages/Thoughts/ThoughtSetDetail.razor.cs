using FusionStudio.Domain.Thoughts;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Thoughts;
using Microsoft.AspNetCore.Components;

namespace FusionStudio.Web.Components.Pages.Thoughts;

public partial class ThoughtSetDetail
{
    private const int PageSize = 20;
    private const int ClipLength = 1_200;

    /// <summary>How often a set that is building is read again: the build job may run in another process.</summary>
    private static readonly TimeSpan _pollInterval = TimeSpan.FromSeconds(1);

    private ThoughtTemplateSetSummary? _set;
    private IReadOnlyList<ThoughtTemplateView>? _templates;
    private bool _missing;
    private int _skip;
    private PagePoller? _poller;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ThoughtTemplateSetQuery Sets { get; set; } = default!;

    [Inject]
    private ILogger<ThoughtSetDetail> Logger { get; set; } = default!;

    private double Percent => _set is { Queries: > 0 } set ? 100.0 * (set.Templates + set.Failed) / set.Queries : 0;

    protected override async Task OnParametersSetAsync()
    {
        _skip = 0;
        _set = await Sets.GetAsync(Id);
        _missing = _set is null;
        _templates = _missing ? null : await Sets.TemplatesAsync(Id, _skip, PageSize);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _poller = new PagePoller(Logger);
            _poller.Start(_pollInterval, token => InvokeAsync(() => TickAsync(token)));
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (_set?.Status != ThoughtTemplateSetStatus.Building)
        {
            return;
        }

        _set = await Sets.GetAsync(Id, cancellationToken);
        _templates = await Sets.TemplatesAsync(Id, _skip, PageSize, cancellationToken);
        StateHasChanged();
    }

    private async Task PageAsync(int by)
    {
        _skip = Math.Max(0, _skip + by);
        _templates = await Sets.TemplatesAsync(Id, _skip, PageSize);
    }

    private static string Clip(string text) => text.Length <= ClipLength ? text : text[..ClipLength] + "…";

    public async ValueTask DisposeAsync()
    {
        if (_poller is not null)
        {
            await _poller.DisposeAsync();
        }
    }
}
