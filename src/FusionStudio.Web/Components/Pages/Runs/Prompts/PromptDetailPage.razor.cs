using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Prompts;

/// <summary>Everything a run stored for one prompt. It refreshes while the prompt is still being worked on.</summary>
public sealed partial class PromptDetailPage : IAsyncDisposable
{
    private RunPromptDetail? _detail;
    private PagePoller? _poller;
    private bool _missing;

    [Parameter]
    public int RunId { get; set; }

    [Parameter]
    public long PromptId { get; set; }

    [Inject]
    private RunPromptDetailQuery Query { get; set; } = default!;

    [Inject]
    private ILogger<PromptDetailPage> Logger { get; set; } = default!;

    private List<BreadcrumbItem> Breadcrumbs =>
    [
        new("Runs", "/runs"),
        new(_detail?.RunName ?? $"Run {RunId}", $"/runs/{RunId}"),
        new($"Prompt {(_detail?.Prompt.Ordinal ?? 0) + 1}", null, disabled: true),
    ];

    private bool InProgress => _detail is { Stage: not (PromptStage.Done or PromptStage.Failed) } && _detail.RunStatus.IsActive();

    protected override async Task OnParametersSetAsync()
    {
        _detail = await Query.LoadAsync(RunId, PromptId);
        _missing = _detail is null;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _poller = new PagePoller(Logger);
            _poller.Start(TimeSpan.FromSeconds(2), token => InvokeAsync(() => TickAsync(token)));
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (!InProgress)
        {
            return;
        }

        _detail = await Query.LoadAsync(RunId, PromptId, cancellationToken);
        StateHasChanged();
    }

    private string? PromptHref(long? promptId) => promptId is { } id ? $"/runs/{RunId}/prompts/{id}" : null;

    public async ValueTask DisposeAsync()
    {
        if (_poller is not null)
        {
            await _poller.DisposeAsync();
        }
    }
}
