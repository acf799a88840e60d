using FusionStudio.Engine.Exports;
using static FusionStudio.UnitTests.Exports.ExportSamples;

namespace FusionStudio.UnitTests.Exports;

public sealed class DistillationRowComposerTests
{
    private static readonly ExportPrompt _withReference = Arabic with { Reference = "القاهرة" };

    private static ExportCandidate Imported(long id, int position, string text, double performance) =>
        Candidate(id, _withReference, position, text, null) with { ImportedScore = performance };

    private static ExportBatch Batch(params ExportCandidate[] candidates) => new(12, [_withReference], candidates, [], [], []);

    [Fact]
    public void Each_prompt_gives_its_top_k_answers_ranked_then_its_reference()
    {
        var batch = Batch(Imported(1, 0, "Cairo", 1), Imported(2, 1, "It is Cairo.", 1), Imported(3, 2, "Alexandria", 0), Imported(4, 3, "Cairo, Egypt", 0.5));

        var rows = DistillationRowComposer.Compose(batch, topK: 5, withReference: true, ExportFilter.None).ToList();

        Assert.Equal(["Cairo", "It is Cairo.", "Cairo, Egypt", "القاهرة"], rows.Select(r => r.Answer.Text));
        Assert.Equal([1, 2, 3, (int?)null], rows.Select(r => r.Rank));
        Assert.Equal(["candidate", "candidate", "candidate", "reference"], rows.Select(r => r.Answer.Source));
        Assert.Equal(["model-0", "model-1", "model-3", null], rows.Select(r => r.Model));
    }

    [Fact]
    public void K_caps_the_answers_and_the_reference_is_only_added_when_asked()
    {
        var batch = Batch(Imported(1, 0, "Cairo", 1), Imported(2, 1, "It is Cairo.", 0.9));

        Assert.Equal(["Cairo"], DistillationRowComposer.Compose(batch, 1, withReference: false, ExportFilter.None).Select(r => r.Answer.Text));
    }

    [Fact]
    public void Failed_candidates_and_a_missing_reference_give_no_rows()
    {
        var failed = Candidate(1, _withReference, 0, null, null, "rate limited") with { ImportedScore = 1 };
        var batch = new ExportBatch(12, [Arabic], [failed with { PromptId = Arabic.PromptId }], [], [], []);

        Assert.Empty(DistillationRowComposer.Compose(batch, 3, withReference: true, ExportFilter.None));
    }
}
