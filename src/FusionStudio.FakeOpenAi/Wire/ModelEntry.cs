namespace FusionStudio.FakeOpenAi.Wire;

public sealed record ModelEntry(string Id, string Object, long Created, string OwnedBy);
