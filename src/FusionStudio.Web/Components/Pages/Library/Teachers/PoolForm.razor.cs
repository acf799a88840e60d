using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Teachers;

/// <summary>Creates or edits a pool: teachers with sample counts, each teacher once, at least one.</summary>
public partial class PoolForm
{
    private readonly ServerFieldErrors _serverErrors = new();
    private MudForm? _form;
    private PoolInput? _input;
    private List<TeacherOption> _teachers = [];
    private bool _showMembersError;
    private bool _saving;

    /// <summary>The pool being edited; null for a new one.</summary>
    [Parameter]
    public int? PoolId { get; set; }

    [Parameter]
    public EventCallback<int> OnSaved { get; set; }

    [Parameter]
    public EventCallback OnCancelled { get; set; }

    [Inject]
    private PoolStore Pools { get; set; } = default!;

    [Inject]
    private TeacherStore Teachers { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string? MembersError => _showMembersError ? PoolRules.MembersError(_input!) : null;

    protected override async Task OnInitializedAsync()
    {
        _teachers = await Teachers.OptionsAsync();
        _input = PoolId is { } id ? await Pools.GetForEditAsync(id) : new PoolInput { Members = [new PoolMemberInput()] };
        if (_input is null)
        {
            _input = new PoolInput();
            _serverErrors.SetFormError("This pool no longer exists.");
        }
    }

    private Func<int?, string?> DuplicateCheck(PoolMemberInput member) => teacherId => PoolRules.DuplicateError(_input!, member, teacherId);

    private void AddMember() => _input!.Members.Add(new PoolMemberInput());

    private void Remove(PoolMemberInput member)
    {
        _input!.Members.Remove(member);
        _showMembersError = true;
    }

    private async Task SaveAsync()
    {
        _serverErrors.Clear();
        _showMembersError = true;
        await _form!.ValidateAsync();
        if (!_form.IsValid || PoolRules.MembersError(_input!) is not null)
        {
            return;
        }

        var editor = await Editors.TryGetEditorAsync(AuthenticationState);
        if (editor is null)
        {
            _serverErrors.SetFormError(EditorCheck.Denied);
            return;
        }

        _saving = true;
        try
        {
            var result = await Pools.SaveAsync(PoolId, _input!, editor);
            if (result.Id is not { } id)
            {
                _serverErrors.Show(result, field => field == nameof(PoolInput.Name) ? (true, _input!.Name) : (false, null));
                await _form.ValidateAsync();
                return;
            }

            Snackbar.Add($"Saved {_input!.Name}.", Severity.Success);
            await OnSaved.InvokeAsync(id);
        }
        finally
        {
            _saving = false;
        }
    }
}
