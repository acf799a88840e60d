using System.Text;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace FusionStudio.Web.Runs.Matrix;

/// <summary>A word-level diff from one answer to another (DiffPlex), as runs of shared, added and removed words.</summary>
public static class WordDiff
{
    public static IReadOnlyList<WordDiffPiece> Of(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var model = InlineDiffBuilder.Instance.BuildDiffModel(oldText, newText, ignoreWhitespace: false, ignoreCase: false, new WordChunker());
        var pieces = new List<WordDiffPiece>();
        var run = new StringBuilder();
        WordDiffKind? kind = null;
        foreach (var piece in model.Lines)
        {
            var next = piece.Type switch
            {
                ChangeType.Inserted => WordDiffKind.Added,
                ChangeType.Deleted => WordDiffKind.Removed,
                _ => WordDiffKind.Same,
            };
            if (kind is { } current && current != next)
            {
                pieces.Add(new WordDiffPiece(run.ToString(), current));
                run.Clear();
            }

            kind = next;
            run.Append(piece.Text);
        }

        if (kind is { } last && run.Length > 0)
        {
            pieces.Add(new WordDiffPiece(run.ToString(), last));
        }

        return pieces;
    }
}
