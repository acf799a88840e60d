namespace FusionStudio.FakeOpenAi.Wire;

public sealed record ChatChoice(int Index, ChatChoiceMessage Message, string FinishReason);
