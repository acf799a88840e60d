using System.Text.Json;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Exports;

[Collection(ExportRunCollection.Name)]
public sealed class RunExporterTests(ExportRunFixture run)
{
    private const int Candidates = ExportRunFixture.Prompts * ExportRunFixture.Teachers;

    [Fact]
    public async Task The_full_log_has_every_candidate_with_the_methods_that_chose_it()
    {
        var rows = await run.ExportJsonAsync(ExportKind.FullLog);

        Assert.Equal(Candidates, rows.Count);
        Assert.Equal(ExportRunFixture.Prompts, rows.Count(r => r.GetProperty("bon_selected").GetBoolean()));
        Assert.Equal(ExportRunFixture.Prompts, rows.Count(r => r.GetProperty("mbr_selected").GetBoolean()));
        Assert.Equal(ExportRunFixture.Prompts, rows.Count(r => r.GetProperty("random_selected").GetBoolean()));
        Assert.Equal(Candidates, rows.Count(r => r.GetProperty("fusion_source").GetBoolean()));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("judge_score").ValueKind));
        Assert.Equal(run.PromptIds, rows.Select(r => r.GetProperty("prompt_id").GetInt64()).Distinct());

        await using var db = run.Host.App.CreateDbContext();
        var best = await db.Aggregates.Where(a => a.RunId == run.RunId && a.Method == AggregationMethod.BestOfN).Select(a => a.SelectedCandidateId!.Value).ToListAsync();
        Assert.Equal(best.Order(), rows.Where(r => r.GetProperty("bon_selected").GetBoolean()).Select(r => r.GetProperty("candidate_id").GetInt64()).Order());
        var first = rows[0];
        var candidate = await db.Candidates.SingleAsync(c => c.Id == first.GetProperty("candidate_id").GetInt64());
        Assert.Equal(candidate.Text, first.GetProperty("text").GetString());
        var generation = await db.ModelCalls.SingleAsync(c => c.CandidateId == candidate.Id);
        Assert.Equal(generation.Usage.OutputTokens, first.GetProperty("output_tokens").GetInt32());
        Assert.StartsWith("sim-concise-", first.GetProperty("teacher").GetString(), StringComparison.Ordinal);
        Assert.Equal("sim-concise", first.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Aggregates_give_each_method_s_answer_and_score()
    {
        var rows = await run.ExportJsonAsync(ExportKind.Aggregates);

        Assert.Equal(ExportRunFixture.Prompts * 4, rows.Count);
        var bestOfN = rows.Where(r => r.GetProperty("method").GetString() == "bon").ToList();
        Assert.Equal(ExportRunFixture.Prompts, bestOfN.Count);

        await using var db = run.Host.App.CreateDbContext();
        var judged = await db.Scores.Where(s => s.CandidateId != null).Where(s => s.RunId == run.RunId).ToDictionaryAsync(s => s.CandidateId!.Value, s => s.Value);
        Assert.All(bestOfN, r => Assert.Equal(judged[r.GetProperty("selected_candidate_id").GetInt64()], r.GetProperty("score").GetDouble()));
        var fused = rows.Where(r => r.GetProperty("method").GetString() == "fusion").ToList();
        Assert.All(fused, r => Assert.Equal(ExportRunFixture.Teachers, r.GetProperty("source_candidate_ids").GetArrayLength()));
        var fusedScores = await db.Scores.Where(s => s.AggregateId != null).Where(s => s.RunId == run.RunId).ToDictionaryAsync(s => s.AggregateId!.Value, s => s.Value);
        var aggregateIds = await db.Aggregates.Where(a => a.RunId == run.RunId && a.Method == AggregationMethod.FusionOfN)
            .ToDictionaryAsync(a => a.PromptId, a => a.Id);
        Assert.All(fused, r =>
        {
            var expected = fusedScores.GetValueOrDefault(aggregateIds[r.GetProperty("prompt_id").GetInt64()]);
            Assert.Equal(expected, r.GetProperty("score").ValueKind == JsonValueKind.Null ? null : r.GetProperty("score").GetDouble());
        });
    }

    [Fact]
    public async Task Comparisons_and_reviews_speak_in_method_names()
    {
        var comparisons = await run.ExportJsonAsync(ExportKind.Comparisons);
        var reviews = await run.ExportJsonAsync(ExportKind.Reviews);

        Assert.Equal(ExportRunFixture.Prompts, comparisons.Count);
        Assert.All(comparisons, c => Assert.Contains(c.GetProperty("final").GetString(), new[] { "fusion", "bon", "tie" }));
        Assert.All(comparisons, c => Assert.Equal(("fusion", "bon"), (c.GetProperty("method_a").GetString(), c.GetProperty("method_b").GetString())));
        Assert.Equal(["fusion", "fusion", "bon", "tie", "both-bad"], reviews.Select(r => r.GetProperty("verdict").GetString()));
        Assert.Equal(["lina", "omar", "lina", "lina", "omar"], reviews.Select(r => r.GetProperty("reviewer").GetString()));
    }

    [Fact]
    public async Task Sft_rows_end_with_the_fused_answer_as_the_assistant_turn()
    {
        var rows = await run.ExportJsonAsync(ExportKind.Sft);

        Assert.Equal(ExportRunFixture.Prompts, rows.Count);
        await using var db = run.Host.App.CreateDbContext();
        var fused = await db.Aggregates.Where(a => a.RunId == run.RunId && a.Method == AggregationMethod.FusionOfN).ToDictionaryAsync(a => a.PromptId, a => a.Text);
        var prompts = await db.DatasetPrompts.Where(p => run.PromptIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Text);
        Assert.All(rows, row =>
        {
            var promptId = row.GetProperty("metadata").GetProperty("prompt_id").GetInt64();
            var messages = row.GetProperty("messages").EnumerateArray().ToList();
            Assert.Equal(("user", prompts[promptId]), (messages[0].GetProperty("role").GetString(), messages[0].GetProperty("content").GetString()));
            Assert.Equal(("assistant", fused[promptId]), (messages[^1].GetProperty("role").GetString(), messages[^1].GetProperty("content").GetString()));
            Assert.Equal("fusion", row.GetProperty("metadata").GetProperty("source").GetString());
        });
    }

    [Fact]
    public async Task Human_rules_use_only_prompts_with_a_preference()
    {
        var sft = await run.ExportJsonAsync(ExportKind.Sft, answer: SftAnswerRule.HumanPreferred);
        var pairs = await run.ExportJsonAsync(ExportKind.PreferencePairs, pair: PreferencePairRule.HumanPreferred);

        Assert.Equal([run.PromptIds[0], run.PromptIds[1]], sft.Select(r => r.GetProperty("metadata").GetProperty("prompt_id").GetInt64()));
        Assert.Equal(["fusion", "bon"], sft.Select(r => r.GetProperty("metadata").GetProperty("source").GetString()));
        Assert.Equal([("fusion", "bon"), ("bon", "fusion")],
            pairs.Select(r => (r.GetProperty("metadata").GetProperty("chosen_source").GetString(), r.GetProperty("metadata").GetProperty("rejected_source").GetString())));

        await using var db = run.Host.App.CreateDbContext();
        var bestText = await db.Aggregates.Where(a => a.RunId == run.RunId && a.PromptId == run.PromptIds[1] && a.Method == AggregationMethod.BestOfN).Select(a => a.Text).SingleAsync();
        Assert.Equal(bestText, pairs[1].GetProperty("chosen")[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Fusion_pairs_reject_the_lowest_scored_candidate()
    {
        var pairs = await run.ExportJsonAsync(ExportKind.PreferencePairs);

        Assert.Equal(ExportRunFixture.Prompts, pairs.Count);
        await using var db = run.Host.App.CreateDbContext();
        var scores = await db.Scores.Where(s => s.CandidateId != null).Where(s => s.RunId == run.RunId)
            .Join(db.Candidates, s => s.CandidateId, c => (long?)c.Id, (s, c) => new { c.PromptId, Score = s.Value })
            .ToListAsync();
        Assert.All(pairs, pair =>
        {
            var metadata = pair.GetProperty("metadata");
            var lowest = scores.Where(s => s.PromptId == metadata.GetProperty("prompt_id").GetInt64()).Min(s => s.Score);
            Assert.Equal(lowest, metadata.GetProperty("rejected_score").GetDouble());
            Assert.Equal("candidate", metadata.GetProperty("rejected_source").GetString());
        });
    }

    [Fact]
    public async Task Filters_narrow_prompts_and_rows()
    {
        Assert.Equal(2 * ExportRunFixture.Teachers, (await run.ExportJsonAsync(ExportKind.FullLog, new ExportFilter { Language = "ar" })).Count);
        Assert.Equal(6, (await run.ExportJsonAsync(ExportKind.Sft, new ExportFilter { Task = "advice" })).Count);
        Assert.Equal(2, (await run.ExportJsonAsync(ExportKind.Sft, new ExportFilter { Task = "advice", Language = "de" })).Count);
        Assert.Empty(await run.ExportJsonAsync(ExportKind.Sft, new ExportFilter { Task = "explanation", Language = "de" }));
        Assert.Equal(ExportRunFixture.Prompts, (await run.ExportJsonAsync(ExportKind.FullLog, new ExportFilter { Method = AggregationMethod.BestOfN })).Count);
        Assert.Equal(4, (await run.ExportJsonAsync(ExportKind.Sft, new ExportFilter { Human = ExportHumanFilter.Reviewed })).Count);
        Assert.Equal(ExportRunFixture.Prompts - 4, (await run.ExportJsonAsync(ExportKind.Sft, new ExportFilter { Human = ExportHumanFilter.Unreviewed })).Count);
        Assert.Equal([run.PromptIds[2]], (await run.ExportJsonAsync(ExportKind.Comparisons, new ExportFilter { Human = ExportHumanFilter.Tie }))
            .Select(r => r.GetProperty("prompt_id").GetInt64()));

        var all = await run.ExportJsonAsync(ExportKind.FullLog);
        var threshold = all.Select(r => r.GetProperty("judge_score").GetDouble()).Order().ElementAt(all.Count / 2);
        var high = await run.ExportJsonAsync(ExportKind.FullLog, new ExportFilter { MinScore = threshold });
        Assert.Equal(all.Count(r => r.GetProperty("judge_score").GetDouble() >= threshold), high.Count);
        Assert.InRange(high.Count, 1, all.Count - 1);
    }

    [Fact]
    public async Task No_export_contains_the_provider_s_key_or_its_encrypted_form()
    {
        foreach (var kind in Enum.GetValues<ExportKind>())
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                var text = await run.ExportAsync(new ExportRequest(kind, format) { SftAnswer = SftAnswerRule.HumanPreferred, PairRule = PreferencePairRule.HumanPreferred });
                var fusion = await run.ExportAsync(new ExportRequest(kind, format));
                Assert.NotEmpty(fusion);
                foreach (var export in new[] { text, fusion })
                {
                    Assert.DoesNotContain(ExportRunFixture.ApiKey, export, StringComparison.Ordinal);
                    Assert.DoesNotContain(run.ProtectedApiKey, export, StringComparison.Ordinal);
                    Assert.DoesNotContain(run.Host.Models.BaseUrl, export, StringComparison.Ordinal);
                    // Data Protection payloads start with this magic header, whatever the key.
                    Assert.DoesNotContain("CfDJ8", export, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task Csv_exports_have_a_header_and_one_record_per_row()
    {
        var csv = await run.ExportAsync(new ExportRequest(ExportKind.Sft, ExportFormat.Csv));

        var records = ExportRunFixture.CsvRecords(csv);

        Assert.Equal(["prompt", "answer", "language", "task"], records[0].Take(4));
        Assert.Equal(ExportRunFixture.Prompts + 1, records.Count);
    }
}
