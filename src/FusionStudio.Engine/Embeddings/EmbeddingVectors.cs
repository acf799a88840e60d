using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Numerics.Tensors;

namespace FusionStudio.Engine.Embeddings;

/// <summary>How vectors are kept: unit length (so cosine is a dot product), stored as little-endian floats.</summary>
public static class EmbeddingVectors
{
    public static byte[] HashOf(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>A unit-length copy; a zero vector stays zero.</summary>
    public static float[] Normalized(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        var norm = TensorPrimitives.Norm(copy);
        if (norm > 0)
        {
            TensorPrimitives.Divide(copy, norm, copy);
        }

        return copy;
    }

    public static byte[] ToBytes(float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return BitConverter.IsLittleEndian
            ? MemoryMarshal.AsBytes(vector.AsSpan()).ToArray()
            : throw new PlatformNotSupportedException("Stored vectors are little-endian.");
    }

    public static float[] FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length % sizeof(float) != 0)
        {
            throw new InvalidDataException($"A stored vector of {bytes.Length} bytes is not a whole number of floats.");
        }

        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }
}
