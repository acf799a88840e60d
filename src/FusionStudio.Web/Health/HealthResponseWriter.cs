using System.Net;
using System.Text.Json;
using FusionStudio.Data.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FusionStudio.Web.Health;

/// <summary>
/// Writes the health report as JSON. Anyone gets the overall status; the checks with their descriptions and data
/// (queue, workers) go only to admins and to callers on the same machine (a monitor or the container's own check),
/// as they describe the deployment to whoever asks.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        if (!MaySeeDetails(context))
        {
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }, _json));
        }

        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Description,
                    data = entry.Value.Data,
                }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, _json));
    }

    private static bool MaySeeDetails(HttpContext context) =>
        context.User.IsInRole(AppRoles.Admin)
        // No address: an in-process or Unix-socket caller, on this machine too.
        || context.Connection.RemoteIpAddress is not { } address
        || IPAddress.IsLoopback(address);
}
