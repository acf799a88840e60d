using System.Security.Cryptography;
using System.Text;

namespace FusionStudio.FakeOpenAi;

/// <summary>
/// A deterministic stand-in for an embedding model: each word (lower-cased letters and digits) adds ±1 to a dimension
/// picked by its hash, and the sum is scaled to unit length. Texts that share words get similar vectors, so
/// nearest-neighbour code can be tested without a model; the same text always gets the same vector.
/// </summary>
public static class FakeEmbedding
{
    public const int Dimensions = 64;

    public static float[] For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[Dimensions];
        foreach (var word in Words(text))
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(word));
            var dimension = BitConverter.ToUInt32(hash, 0) % Dimensions;
            vector[dimension] += (hash[4] & 1) == 0 ? 1f : -1f;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm == 0)
        {
            vector[0] = 1f;
            return vector;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
