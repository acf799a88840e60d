namespace FusionStudio.Domain.Routing;

/// <summary>
/// The vector one embedding model gave one text, stored once per (model, text): texts are found by their SHA-256, so
/// a prompt embedded for one router is never embedded again for the next.
/// </summary>
public sealed class TextEmbedding
{
    public const int ModelLength = 300;

    public const int HashLength = 32;

    public long Id { get; set; }

    /// <summary>The embedding model's key, e.g. <c>builtin:all-MiniLM-L6-v2</c> or <c>provider:3:text-embedding-3-small</c>.</summary>
    public required string Model { get; set; }

    /// <summary>SHA-256 of the text as UTF-8.</summary>
    public required byte[] TextHash { get; set; }

    public int Dimensions { get; set; }

    /// <summary>The unit-length vector as little-endian 32-bit floats.</summary>
    public required byte[] Vector { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
