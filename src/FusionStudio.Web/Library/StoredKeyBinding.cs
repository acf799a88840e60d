namespace FusionStudio.Web.Library;

/// <summary>
/// A stored key is only ever sent to the base URL it was saved with: otherwise anyone who may edit the URL could
/// send the key to a listener of their own. Saving a new URL with a stored key needs the key typed again (or the
/// stored key removed); testing an unsaved URL uses only a typed key.
/// </summary>
public static class StoredKeyBinding
{
    public const string RetypeMessage =
        "The base URL changed: type the API key again for the new URL, or tick \"Remove the stored key\". A stored key is only sent to the URL it was saved with.";

    /// <summary>Whether a key saved with <paramref name="savedUrl"/> may be sent to <paramref name="url"/>.</summary>
    public static bool MaySend(string? savedUrl, string? url) =>
        Normal(savedUrl) is { } saved && string.Equals(saved, Normal(url), StringComparison.Ordinal);

    // Scheme and host case and a trailing slash do not make another endpoint; anything else does.
    private static string? Normal(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) ? uri.AbsoluteUri.TrimEnd('/') : null;
}
