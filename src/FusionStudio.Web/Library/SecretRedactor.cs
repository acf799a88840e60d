namespace FusionStudio.Web.Library;

/// <summary>
/// Takes an API key out of text that is about to be shown. Providers echo keys back in errors, often partly masked
/// ("Incorrect API key provided: sk-pro*****************abcd"), so whole words that share the key's start or end,
/// or that are masked with asterisks, go too.
/// </summary>
public static class SecretRedactor
{
    public const string Replacement = "[key hidden]";

    public static string Redact(string text, string? secret)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(secret))
        {
            return text;
        }

        var redacted = text.Replace(secret, Replacement, StringComparison.Ordinal);
        var words = redacted.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (LooksLikeKey(words[i].Trim('.', ',', ';', ':', '"', '\'', '(', ')'), secret))
            {
                words[i] = Replacement;
            }
        }

        return string.Join(' ', words);
    }

    private static bool LooksLikeKey(string word, string secret)
    {
        if (word.Length < 8 || word == Replacement)
        {
            return false;
        }

        if (word.Contains("***", StringComparison.Ordinal))
        {
            return true;
        }

        // Short keys have too little of a start or end to match on without hiding ordinary words.
        return secret.Length >= 12
            && (word.StartsWith(secret[..6], StringComparison.Ordinal) || word.EndsWith(secret[^4..], StringComparison.Ordinal));
    }
}
