using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// How the call log stores what was sent and what came back: UTF-8 compressed with Brotli at its fastest level,
/// because request messages repeat the prompt and the candidates and compress several times over.
/// </summary>
public static class CallBodyCodec
{
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
        using var output = new MemoryStream(raw.Length / 2 + 16);
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(raw);
        }

        return output.ToArray();
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
