using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;

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
    private EditorGuard Guard { get; set; } = default!;

    private async Task TestAsync()
    {
        var editor = await Guard.TryGetEditorAsync();
        if (editor is null)
        {
            _result = ConnectionTestResult.Failure(EditorGuard.RefusedMessage);
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
