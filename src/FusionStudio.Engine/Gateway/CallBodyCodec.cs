using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// How the call log stores what was sent and what came back: UTF-8 compressed with Brotli at its fastest quality,
/// because request messages repeat the prompt and the candidates and compress several times over.
/// </summary>
public static class CallBodyCodec
{
    private const int Quality = 1;
    private const int Window = 18;

    public static byte[] EncodeMessages(IReadOnlyList<PromptMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var wire = messages.Select(m => new WireMessage(m.Role.ToString(), m.Content)).ToArray();
        return Compress(JsonSerializer.SerializeToUtf8Bytes(wire, CallBodyJsonContext.Default.WireMessageArray));
    }

    public static byte[]? EncodeText(string? text) => text is null ? null : Compress(Encoding.UTF8.GetBytes(text));

    public static IReadOnlyList<PromptMessage> DecodeMessages(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var wire = JsonSerializer.Deserialize(Decompress(body), CallBodyJsonContext.Default.WireMessageArray) ?? [];
        return wire.Select(m => new PromptMessage(Enum.TryParse<ChatRole>(m.Role, out var role) ? role : ChatRole.User, m.Content)).ToList();
    }

    public static string DecodeText(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Encoding.UTF8.GetString(Decompress(body));
    }

    private static byte[] Compress(byte[] raw)
    {
        // One shot with a small window: a call's body is a few kilobytes, and the streaming encoder's default 4 MB
        // window costs more to set up than the body costs to compress.
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        return BrotliEncoder.TryCompress(raw, buffer, out var written, Quality, Window)
            ? buffer.AsSpan(0, written).ToArray()
            : throw new InvalidOperationException("Brotli could not compress a call body into its maximum compressed length.");
    }

    private static byte[] Decompress(byte[] body)
    {
        using var input = new MemoryStream(body);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(body.Length * 4);
        brotli.CopyTo(output);
        return output.ToArray();
    }
}
