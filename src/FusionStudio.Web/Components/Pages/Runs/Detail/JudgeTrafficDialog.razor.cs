using FusionStudio.Domain.Prompts;
using FusionStudio.Web.Library;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Detail;

/// <summary>Picks the judge and judge prompt for a live run's traffic and starts judging it (<see cref="LiveRunJudging"/>).</summary>
public partial class JudgeTrafficDialog
{
    private List<TeacherOption> _teachers = [];
    private List<PromptTemplateListItem> _templates = [];
    private int? _judgeId;
    private int? _templateId;
    private string? _error;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter, EditorRequired]
    public int RunId { get; set; }

    [Inject]
    private TeacherStore Teachers { get; set; } = default!;

    [Inject]
    private PromptTemplateStore Templates { get; set; } = default!;

    [Inject]
    private LiveRunJudging Judging { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _teachers = await Teachers.OptionsAsync();
        _templates = (await Templates.ListAsync()).Where(t => t.Kind == PromptTemplateKind.PointwiseJudge).ToList();
        _templateId = _templates.FirstOrDefault()?.Id;
    }

    private async Task JudgeAsync()
    {
        _busy = true;
        try
        {
            var result = await Judging.JudgeAsync(RunId, _judgeId!.Value, _templateId!.Value, await Editors.TryGetEditorAsync(AuthenticationState));
            if (result.Done)
            {
                MudDialog.Close(DialogResult.Ok(result.Message));
                return;
            }

            _error = result.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
