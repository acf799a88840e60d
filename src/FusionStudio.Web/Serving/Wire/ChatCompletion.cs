namespace FusionStudio.Web.Serving.Wire;

/// <summary>A <c>chat.completion</c> object; <see cref="Fusionstudio"/> is the extension a request may ask for.</summary>
public sealed record ChatCompletion(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChatChoice> Choices,
    ChatUsage Usage,
    ServedDetails? Fusionstudio);
