using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FusionStudio.Web.Components.Pages.Library.Providers;

/// <summary>"Test connection" for the provider being edited: lists its models, or shows the provider's error.</summary>
public partial class ConnectionTestPanel
{
    private const int MaxShownModels = 60;

    private ConnectionTestResult? _result;
    private bool _testing;

    /// <summary>The form's input: the test uses its URL and any key typed there.</summary>
    [Parameter, EditorRequired]
    public ProviderInput Input { get; set; } = default!;

    [Parameter]
    public int? ProviderId { get; set; }

    [Inject]
    private ProviderStore Store { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private async Task TestAsync()
    {
        var editor = await Editors.TryGetEditorAsync(AuthenticationState);
        if (editor is null)
        {
            _result = ConnectionTestResult.Failure(EditorCheck.Denied);
            return;
        }

        _testing = true;
        _result = null;
        try
        {
            _result = await Store.TestConnectionAsync(ProviderId, Input, editor);
        }
        finally
        {
            _testing = false;
        }
    }
}
