namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>The body of <c>POST /v1/chat/completions</c>: the fields the fake server honours; the rest are ignored.</summary>
public sealed class ChatCompletionRequest
{
    public string? Model { get; set; }

    public List<WireMessage>? Messages { get; set; }

    public double? Temperature { get; set; }

    public long? Seed { get; set; }

    public int? MaxTokens { get; set; }

    public int? MaxCompletionTokens { get; set; }

    public bool? Stream { get; set; }

    public WireStreamOptions? StreamOptions { get; set; }

    /// <summary>Accepted and ignored: the fake server always answers with one choice.</summary>
    public int? N { get; set; }
}
