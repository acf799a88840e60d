namespace FusionStudio.Web.Serving.Wire;

public sealed record ChatMessage(string Role, string Content);
