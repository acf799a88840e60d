using System.Security.Claims;
using FusionStudio.Jobs.Scaling;

namespace FusionStudio.Web.Scaling;

/// <summary>Confirming FusioN@k points, for people: Editors only, checked here on the server.</summary>
public sealed class ScalingCommands(ScalingLauncher launcher, EditorCheck editors)
{
    public async Task<ScalingConfirmation> ConfirmAsync(int runId, ScalingRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await editors.AllowsAsync(user)
            ? await launcher.ConfirmAsync(runId, request, cancellationToken)
            : ScalingConfirmation.Refused(EditorCheck.Denied);
    }
}
