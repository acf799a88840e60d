using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Account;

/// <summary>
/// The signed-in person's API tokens: create one (its secret is shown once, in a dialog), see when each was last
/// used, revoke. The page never holds a secret beyond that dialog, so a reload cannot show it again.
/// </summary>
public sealed partial class ApiTokensPage
{
    private IReadOnlyList<ApiTokenItem>? _tokens;
    private IReadOnlyList<ApiTokenItem>? _everyone;
    private bool _isAdmin;
    private string? _name;
    private int _expiryDays = 90;
    private string? _error;
    private bool _busy;
    private string _userId = "";

    [Inject]
    private ApiTokenStore Tokens { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var state = await Authentication.GetAuthenticationStateAsync();
        _userId = state.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        _isAdmin = state.User.IsInRole(AppRoles.Admin);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _tokens = _userId.Length == 0 ? [] : await Tokens.ListAsync(_userId);
        // Everyone else's: an admin's own tokens are in the first table and are not listed twice.
        var mine = _tokens.Select(t => t.Id).ToHashSet();
        _everyone = _isAdmin ? [.. (await Tokens.ListAllAsync()).Where(t => !mine.Contains(t.Id))] : null;
    }

    private async Task CreateAsync()
    {
        _busy = true;
        try
        {
            var result = await Tokens.CreateAsync(_userId, new ApiTokenRequest(_name ?? "", ApiTokenExpiry.ExpiresAt(_expiryDays, Clock.GetUtcNow())));
            _error = result.Error;
            if (result.Created is not { } created)
            {
                return;
            }

            _name = null;
            await LoadAsync();
            var parameters = new DialogParameters<ApiTokenCreatedDialog>
            {
                { d => d.TokenName, created.Token.Name },
                { d => d.Secret, created.Secret.Value },
            };
            var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = false };
            await Dialogs.ShowAsync<ApiTokenCreatedDialog>("Your new API token", parameters, options);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(ApiTokenItem token, bool everyone)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke token?",
            $"Scripts that use \"{token.Name}\" ({token.Prefix}…) will be refused from now on. This cannot be undone.",
            yesText: "Revoke", cancelText: "Keep it");
        if (confirmed != true)
        {
            return;
        }

        // Only admins get the list of everyone's tokens; the role is checked again here, on the server.
        var revoked = everyone && _isAdmin ? await Tokens.RevokeAnyAsync(token.Id) : await Tokens.RevokeAsync(_userId, token.Id);
        Snackbar.Add(revoked ? $"\"{token.Name}\" is revoked." : "This token was already revoked.", revoked ? Severity.Success : Severity.Info);
        await LoadAsync();
    }
}
