namespace FusionStudio.Engine.Attribution;

/// <summary>
/// Finds which parts of a fused answer were taken from which source (candidate), by shared runs of words.
/// <para>
/// Both texts are split into words (<see cref="AttributionTokenizer"/>). Every maximal run of tokens that the fused
/// text shares with a source, and that is at least <see cref="AttributionOptions"/> long, is a match. Matches are
/// then taken greedily, longest first, as in greedy string tiling: a match claims the fused tokens it covers that no
/// longer match claimed; what is left of a partly claimed match goes back in line, if still long enough. So each
/// fused token belongs to at most one source, and a paraphrase (no long enough shared run) stays "new".
/// </para>
/// <para>
/// Equal lengths go to the source with the higher score, then to the earlier source (lower index), then to the
/// match earlier in the fused text. A source may be drawn from more than once (a sentence repeated by the fusor).
/// </para>
/// </summary>
public static class FusedTextAttributor
{
    public static TextAttribution Attribute(string? fused, IReadOnlyList<AttributionSource> sources, AttributionOptions? options = null)
    {
        options ??= AttributionOptions.Default;
        fused ??= "";
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = AttributionTokenizer.Tokenize(fused);
        var fusedIds = Intern(tokens, keys);
        var characters = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            characters[i + 1] = characters[i] + (tokens[i].IsCharacter ? 1 : 0);
        }

        bool LongEnough(int start, int length)
        {
            var chars = characters[start + length] - characters[start];
            return options.IsLongEnough(length - chars, chars);
        }

        var ranks = RankSources(sources);
        var queue = new PriorityQueue<SharedRun, (int Longest, int Rank, int Start)>();
        void Enqueue(SharedRun run) => queue.Enqueue(run, (-run.Length, ranks[run.Source], run.Start));

        var anchor = Math.Max(1, Math.Min(options.MinWords, options.MinCharacters));
        for (var source = 0; source < sources.Count; source++)
        {
            var sourceIds = Intern(AttributionTokenizer.Tokenize(sources[source].Text ?? ""), keys);
            foreach (var run in SharedRuns.Find(fusedIds, sourceIds, anchor, source))
            {
                if (LongEnough(run.Start, run.Length))
                {
                    Enqueue(run);
                }
            }
        }

        var owners = new int[tokens.Count];
        Array.Fill(owners, -1);
        while (queue.TryDequeue(out var run, out _))
        {
            foreach (var (start, length) in FreeStretches(owners, run))
            {
                if (length == run.Length)
                {
                    Array.Fill(owners, run.Source, start, length);
                }
                else if (LongEnough(start, length))
                {
                    Enqueue(run with { Start = start, Length = length });
                }
            }
        }

        return Summarize(fused, tokens, owners, sources.Count);
    }

    private static int[] Intern(IReadOnlyList<AttributionToken> tokens, Dictionary<string, int> keys)
    {
        var ids = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!keys.TryGetValue(tokens[i].Key, out var id))
            {
                id = keys.Count;
                keys.Add(tokens[i].Key, id);
            }

            ids[i] = id;
        }

        return ids;
    }

    // Higher score first (no score last), then the order given.
    private static int[] RankSources(IReadOnlyList<AttributionSource> sources)
    {
        var order = Enumerable.Range(0, sources.Count)
            .OrderByDescending(i => sources[i].Score.HasValue)
            .ThenByDescending(i => sources[i].Score ?? 0)
            .ThenBy(i => i)
            .ToList();
        var ranks = new int[sources.Count];
        for (var rank = 0; rank < order.Count; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }

    private static IEnumerable<(int Start, int Length)> FreeStretches(int[] owners, SharedRun run)
    {
        var start = -1;
        for (var i = run.Start; i <= run.Start + run.Length; i++)
        {
            var free = i < run.Start + run.Length && owners[i] < 0;
            if (free && start < 0)
            {
                start = i;
            }
            else if (!free && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    private static TextAttribution Summarize(string fused, IReadOnlyList<AttributionToken> tokens, int[] owners, int sourceCount)
    {
        var spans = new List<AttributionSpan>();
        var counts = new int[sourceCount];
        var newTokens = 0;
        var position = 0;
        var first = 0;
        while (first < tokens.Count)
        {
            var owner = owners[first];
            var last = first;
            while (last + 1 < tokens.Count && owners[last + 1] == owner)
            {
                last++;
            }

            if (tokens[first].Start > position)
            {
                spans.Add(AttributionSpan.Plain(position, tokens[first].Start - position));
            }

            var length = tokens[last].End - tokens[first].Start;
            spans.Add(owner < 0 ? AttributionSpan.New(tokens[first].Start, length) : AttributionSpan.From(owner, tokens[first].Start, length));
            if (owner < 0)
            {
                newTokens += last - first + 1;
            }
            else
            {
                counts[owner] += last - first + 1;
            }

            position = tokens[last].End;
            first = last + 1;
        }

        if (position < fused.Length)
        {
            spans.Add(AttributionSpan.Plain(position, fused.Length - position));
        }

        return new TextAttribution(spans, counts, newTokens);
    }
}
