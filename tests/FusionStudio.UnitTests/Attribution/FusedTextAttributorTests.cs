using FusionStudio.Engine.Attribution;

namespace FusionStudio.UnitTests.Attribution;

public sealed class FusedTextAttributorTests
{
    [Fact]
    public void A_copied_sentence_is_attributed_and_the_rest_is_new()
    {
        const string copied = "The sky looks blue because air scatters short wavelengths";
        const string fused = copied + ". That is all.";
        var result = FusedTextAttributor.Attribute(fused, [new("Sunlight meets the air. the sky looks blue because air scatters short wavelengths more strongly.")]);

        Assert.Equal(
            [
                AttributionSpan.From(0, 0, copied.Length),
                AttributionSpan.Plain(copied.Length, 2),
                AttributionSpan.New(fused.IndexOf("That", StringComparison.Ordinal), "That is all".Length),
                AttributionSpan.Plain(fused.Length - 1, 1),
            ],
            result.Spans);
        Assert.Equal([9], result.SourceTokens);
        Assert.Equal(3, result.NewTokens);
        Assert.Equal(0.75, result.ShareOf(0), 3);
        Assert.Equal(0.25, result.NewShare, 3);
    }

    [Fact]
    public void A_paraphrase_is_new()
    {
        const string fused = "Air scatters blue light more, so the sky appears blue.";
        var result = FusedTextAttributor.Attribute(fused, [new("The sky looks blue because air scatters short wavelengths.")]);

        Assert.Equal([AttributionSpan.New(0, fused.Length - 1), AttributionSpan.Plain(fused.Length - 1, 1)], result.Spans);
        Assert.Equal([0], result.SourceTokens);
        Assert.Equal(1.0, result.NewShare);
    }

    [Fact]
    public void Runs_shorter_than_the_minimum_do_not_count_but_a_lower_minimum_finds_them()
    {
        const string fused = "Drink water before the exam.";
        var source = new AttributionSource("You should drink water before bed.");

        Assert.Equal(0, FusedTextAttributor.Attribute(fused, [source]).SourceTokens[0]);
        var shorter = FusedTextAttributor.Attribute(fused, [source], new AttributionOptions { MinWords = 3 });
        Assert.Equal(AttributionSpan.From(0, 0, "Drink water before".Length), shorter.Spans[0]);
        Assert.Equal(3, shorter.SourceTokens[0]);
    }

    [Fact]
    public void Two_sources_each_get_their_part()
    {
        const string first = "Sleep at least seven hours before an exam";
        const string second = "review your notes in short daily sessions";
        const string fused = first + ", and " + second + ".";
        var result = FusedTextAttributor.Attribute(fused, [new("Tip one: " + first + "."), new("Also " + second + " instead of cramming.")]);

        var secondStart = fused.IndexOf(second, StringComparison.Ordinal);
        Assert.Equal(
            [
                AttributionSpan.From(0, 0, first.Length),
                AttributionSpan.Plain(first.Length, ", ".Length),
                AttributionSpan.New(first.Length + 2, "and".Length),
                AttributionSpan.Plain(first.Length + 5, 1),
                AttributionSpan.From(1, secondStart, second.Length),
                AttributionSpan.Plain(fused.Length - 1, 1),
            ],
            result.Spans);
        Assert.Equal([8, 7], result.SourceTokens);
        Assert.Equal(1, result.NewTokens);
    }

    [Fact]
    public void Overlapping_matches_go_to_the_longer_and_the_shorter_keeps_what_is_left()
    {
        // Source 0 shares words 0–8, source 1 shares words 4–14: source 1's run is longer and takes 4–14;
        // source 0 keeps words 0–3, still long enough to count.
        const string fused = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14";
        var result = FusedTextAttributor.Attribute(
            fused,
            [new("x w0 w1 w2 w3 w4 w5 w6 w7 w8 y"), new("z w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14")]);

        var fourth = fused.IndexOf("w4", StringComparison.Ordinal);
        Assert.Equal(
            [AttributionSpan.From(0, 0, "w0 w1 w2 w3".Length), AttributionSpan.Plain(fourth - 1, 1), AttributionSpan.From(1, fourth, fused.Length - fourth)],
            result.Spans);
        Assert.Equal([4, 11], result.SourceTokens);
    }

    [Fact]
    public void A_remainder_too_short_to_count_becomes_new()
    {
        const string fused = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10";
        var result = FusedTextAttributor.Attribute(fused, [new("w0 w1 w2 w3 w4 w5"), new("w3 w4 w5 w6 w7 w8 w9 w10")]);

        Assert.Equal(AttributionSpan.New(0, "w0 w1 w2".Length), result.Spans[0]);
        Assert.Equal([0, 8], result.SourceTokens);
        Assert.Equal(3, result.NewTokens);
    }

    [Fact]
    public void Equal_matches_go_to_the_higher_score_then_to_the_earlier_source()
    {
        const string fused = "Water boils at one hundred degrees at sea level.";
        const string text = "Water boils at one hundred degrees at sea level.";

        Assert.Equal([0, 9], FusedTextAttributor.Attribute(fused, [new(text, 6), new(text, 8)]).SourceTokens);
        Assert.Equal([9, 0], FusedTextAttributor.Attribute(fused, [new(text, 7), new(text, 7)]).SourceTokens);
        Assert.Equal([9, 0], FusedTextAttributor.Attribute(fused, [new(text), new(text)]).SourceTokens);
        Assert.Equal([0, 9], FusedTextAttributor.Attribute(fused, [new(text), new(text, 1)]).SourceTokens);
    }

    [Fact]
    public void Chinese_is_matched_character_by_character()
    {
        const string copied = "光的散射使天空呈现蓝色";
        const string fused = copied + "。这是物理现象。";
        var result = FusedTextAttributor.Attribute(fused, [new("因为" + copied + "，所以我们看到蓝天。")]);

        Assert.Equal(
            [
                AttributionSpan.From(0, 0, copied.Length),
                AttributionSpan.Plain(copied.Length, 1),
                AttributionSpan.New(copied.Length + 1, "这是物理现象".Length),
                AttributionSpan.Plain(fused.Length - 1, 1),
            ],
            result.Spans);
        Assert.Equal([11], result.SourceTokens);
        Assert.Equal(6, result.NewTokens);
    }

    [Fact]
    public void Japanese_mixed_with_latin_words_is_matched()
    {
        const string copied = "東京タワーはLED照明で";
        const string fused = copied + "毎晩光ります。";
        var result = FusedTextAttributor.Attribute(fused, [new("実は" + copied + "照らされています。")]);

        Assert.Equal(AttributionSpan.From(0, 0, copied.Length), result.Spans[0]);
        Assert.Equal(10, result.SourceTokens[0]);
    }

    [Fact]
    public void Arabic_offsets_point_into_the_original_text()
    {
        const string copied = "السماء زرقاء لأن الهواء يشتت الضوء الأزرق";
        const string fused = "باختصار، " + copied + " أكثر من غيره.";
        var result = FusedTextAttributor.Attribute(fused, [new("نرى أن " + copied + " بقوة.")]);

        var start = fused.IndexOf(copied, StringComparison.Ordinal);
        var span = Assert.Single(result.Spans, s => s.Kind == AttributionSpanKind.Source);
        Assert.Equal(AttributionSpan.From(0, start, copied.Length), span);
        Assert.Equal(copied, span.TextOf(fused));
        Assert.Equal(AttributionSpan.New(0, "باختصار".Length), result.Spans[0]);
        Assert.Equal([7], result.SourceTokens);
        Assert.Equal(4, result.NewTokens);
    }

    [Fact]
    public void Empty_texts_give_no_spans_and_no_shares()
    {
        var empty = FusedTextAttributor.Attribute("", [new("Some candidate text here.")]);
        var noSources = FusedTextAttributor.Attribute("Only new words here.", []);
        var blankSource = FusedTextAttributor.Attribute("Only new words here.", [new(null), new("")]);

        Assert.Empty(empty.Spans);
        Assert.Equal(0, empty.TokenCount);
        Assert.Equal(0, empty.ShareOf(0));
        Assert.Equal(0, empty.NewShare);
        Assert.Equal([AttributionSpan.New(0, 19), AttributionSpan.Plain(19, 1)], noSources.Spans);
        Assert.Equal([0, 0], blankSource.SourceTokens);
        Assert.Equal(4, blankSource.NewTokens);
    }

    [Fact]
    public void The_spans_cover_the_whole_text_in_order()
    {
        const string fused = "  Erstens: Trinke genug Wasser vor der Prüfung!\n\nZweitens – schlafe gut und lies die Notizen noch einmal.  ";
        var result = FusedTextAttributor.Attribute(
            fused,
            [new("Trinke genug Wasser vor der Prüfung, sagt die Ärztin."), new("Lies die Notizen noch einmal am Morgen.")]);

        var position = 0;
        foreach (var span in result.Spans)
        {
            Assert.Equal(position, span.Start);
            Assert.True(span.Length > 0);
            position = span.End;
        }

        Assert.Equal(fused.Length, position);
        Assert.Equal([6, 5], result.SourceTokens);
    }
}
