namespace FusionStudio.Engine.Attribution;

/// <summary>
/// The longest runs a fused text shares with one source, one per fused start position. Runs are found from anchors
/// (equal n-grams of the shortest length that can count) and extended; only anchors that start a run are extended,
/// so ordinary text costs about linear time.
/// </summary>
internal static class SharedRuns
{
    public static IEnumerable<SharedRun> Find(int[] fused, int[] source, int anchor, int sourceIndex)
    {
        if (fused.Length < anchor || source.Length < anchor)
        {
            yield break;
        }

        var positions = new Dictionary<int, List<int>>();
        for (var j = 0; j + anchor <= source.Length; j++)
        {
            var hash = Hash(source, j, anchor);
            if (!positions.TryGetValue(hash, out var list))
            {
                positions[hash] = list = [];
            }

            list.Add(j);
        }

        for (var i = 0; i + anchor <= fused.Length; i++)
        {
            if (!positions.TryGetValue(Hash(fused, i, anchor), out var list))
            {
                continue;
            }

            var longest = 0;
            foreach (var j in list)
            {
                // A run that could start one token earlier was measured from there.
                if (i > 0 && j > 0 && fused[i - 1] == source[j - 1])
                {
                    continue;
                }

                var length = 0;
                while (i + length < fused.Length && j + length < source.Length && fused[i + length] == source[j + length])
                {
                    length++;
                }

                longest = Math.Max(longest, length);
            }

            if (longest >= anchor)
            {
                yield return new SharedRun(i, longest, sourceIndex);
            }
        }
    }

    private static int Hash(int[] ids, int start, int length)
    {
        var hash = new HashCode();
        for (var k = start; k < start + length; k++)
        {
            hash.Add(ids[k]);
        }

        return hash.ToHashCode();
    }
}
