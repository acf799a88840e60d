namespace FusionStudio.FakeOpenAi.Wire;

public sealed class WireStreamOptions
{
    public bool? IncludeUsage { get; set; }
}
