namespace FusionStudio.Web.Serving.Wire;

/// <summary>The body of every error the endpoint returns: <c>{"error": {"message", "type", "param", "code"}}</c>, as OpenAI's.</summary>
public sealed record OpenAiError(OpenAiErrorDetail Error);
