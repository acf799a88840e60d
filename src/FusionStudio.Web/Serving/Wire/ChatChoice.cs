namespace FusionStudio.Web.Serving.Wire;

public sealed record ChatChoice(int Index, ChatMessage Message, string FinishReason);
