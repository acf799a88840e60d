using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FusionStudio.Domain.Runs;

/// <summary>
/// A 64-bit digest of an answer's text (the first 8 bytes of the SHA-256 of its UTF-8, big-endian), stored beside it
/// so two methods' answers are compared through an index, without reading their texts. Equal texts always have equal
/// hashes; two different texts have equal ones with a chance of 2^-64. PostgreSQL computes the same value in SQL for
/// rows stored before it.
/// </summary>
public static class AnswerTextHash
{
    public static long? Of(string? text) =>
        text is null ? null : BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
