using FusionStudio.Web.Runs.Matrix;

namespace FusionStudio.UnitTests.RunPages;

public sealed class WordDiffTests
{
    [Fact]
    public void Pieces_rebuild_both_texts_and_mark_changed_words()
    {
        const string before = "The sky is blue because air scatters light.";
        const string after = "The sky looks blue because air scatters short blue light.";

        var pieces = WordDiff.Of(before, after);

        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != WordDiffKind.Removed).Select(p => p.Text)));
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != WordDiffKind.Added).Select(p => p.Text)));
        Assert.Contains(pieces, p => p.Kind == WordDiffKind.Removed && p.Text.Contains("is", StringComparison.Ordinal));
        Assert.Contains(pieces, p => p.Kind == WordDiffKind.Added && p.Text.Contains("looks", StringComparison.Ordinal));
        Assert.Contains(pieces, p => p.Kind == WordDiffKind.Added && p.Text.Contains("short", StringComparison.Ordinal));
    }

    [Fact]
    public void Equal_texts_are_one_shared_piece()
    {
        var pieces = WordDiff.Of("Same words here.", "Same words here.");

        Assert.Equal([new WordDiffPiece("Same words here.", WordDiffKind.Same)], pieces);
    }
}
