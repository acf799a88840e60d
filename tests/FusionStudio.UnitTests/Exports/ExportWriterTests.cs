using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using static FusionStudio.UnitTests.Exports.ExportSamples;

namespace FusionStudio.UnitTests.Exports;

public sealed class ExportWriterTests
{
    private static readonly ExportCandidate _arabicCandidate = Candidate(7, Arabic, 0, "القاهرة، \"أم الدنيا\"\nسطر ثانٍ", 8.5);
    private static readonly ExportCandidate _chineseCandidate = Candidate(8, Chinese, 1, null, null, "timeout, after 30 s");

    private static readonly FullLogRow[] _fullLog =
    [
        new(12, Arabic, _arabicCandidate, true, false, true, true),
        new(12, Chinese, _chineseCandidate, false, false, false, false),
    ];

    [Fact]
    public async Task Full_log_csv_quotes_commas_quotes_and_line_breaks_and_keeps_every_script()
    {
        var csv = await WriteAsync(ExportFormat.Csv, new FullLogShape(), _fullLog);

        const string Expected =
            "run_id,prompt_id,ordinal,external_id,language,task,prompt,candidate_id,teacher,model,sample_index,text,error,input_tokens,output_tokens,cost,latency_ms,finish_reason,cached,judge_score,judge_rationale,imported_score,bon_selected,mbr_selected,random_selected,fusion_source\n"
            + "12,101,0,q-1,ar,qa,\"ما هي عاصمة \"\"مصر\"\"؟\",7,teacher-0,model-0,0,\"القاهرة، \"\"أم الدنيا\"\"\nسطر ثانٍ\",,12,30,0.0042,850,stop,false,8.5,\"clear, \"\"correct\"\"\",,true,false,true,true\n"
            + "12,102,1,,zh,explanation,\"解释一下,量子\n纠缠\",8,teacher-1,model-1,0,,\"timeout, after 30 s\",12,30,0.0042,850,stop,false,,,,false,false,false,false\n";
        Assert.Equal(Expected, csv);
    }

    [Fact]
    public async Task Full_log_jsonl_writes_one_object_per_line_with_letters_unescaped()
    {
        var jsonl = await WriteAsync(ExportFormat.Jsonl, new FullLogShape(), _fullLog);

        const string Expected =
            """{"run_id":12,"prompt_id":101,"ordinal":0,"external_id":"q-1","language":"ar","task":"qa","prompt":"ما هي عاصمة \"مصر\"؟","candidate_id":7,"teacher":"teacher-0","model":"model-0","sample_index":0,"text":"القاهرة، \"أم الدنيا\"\nسطر ثانٍ","error":null,"input_tokens":12,"output_tokens":30,"cost":0.0042,"latency_ms":850,"finish_reason":"stop","cached":false,"judge_score":8.5,"judge_rationale":"clear, \"correct\"","imported_score":null,"bon_selected":true,"mbr_selected":false,"random_selected":true,"fusion_source":true}"""
            + "\n"
            + """{"run_id":12,"prompt_id":102,"ordinal":1,"external_id":null,"language":"zh","task":"explanation","prompt":"解释一下,量子\n纠缠","candidate_id":8,"teacher":"teacher-1","model":"model-1","sample_index":0,"text":null,"error":"timeout, after 30 s","input_tokens":12,"output_tokens":30,"cost":0.0042,"latency_ms":850,"finish_reason":"stop","cached":false,"judge_score":null,"judge_rationale":null,"imported_score":null,"bon_selected":false,"mbr_selected":false,"random_selected":false,"fusion_source":false}"""
            + "\n";
        Assert.Equal(Expected, jsonl);
        Assert.All(jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task Sft_jsonl_is_the_prompt_conversation_followed_by_the_chosen_answer()
    {
        var rows = new[] { new SftRow(12, Chinese, new ExportAnswer("量子纠缠是…", "fusion", 9), SftAnswerRule.Fusion) };

        var jsonl = await WriteAsync(ExportFormat.Jsonl, new SftShape(), rows);

        const string Expected =
            """{"messages":[{"role":"system","content":"Answer briefly."},{"role":"user","content":"解释一下,量子\n纠缠"},{"role":"assistant","content":"量子纠缠是…"}],"metadata":{"run_id":12,"prompt_id":102,"ordinal":1,"external_id":null,"language":"zh","task":"explanation","rule":"fusion","source":"fusion","score":9}}"""
            + "\n";
        Assert.Equal(Expected, jsonl);
    }

    [Fact]
    public async Task Sft_csv_has_prompt_and_answer_columns_first()
    {
        var rows = new[] { new SftRow(12, Arabic, new ExportAnswer("القاهرة", "bon", 7.25), SftAnswerRule.BestOfN) };

        var csv = await WriteAsync(ExportFormat.Csv, new SftShape(), rows);

        Assert.Equal(
            "prompt,answer,language,task,run_id,prompt_id,ordinal,external_id,rule,source,score\n"
            + "\"ما هي عاصمة \"\"مصر\"\"؟\",القاهرة,ar,qa,12,101,0,q-1,bon,bon,7.25\n",
            csv);
    }

    [Fact]
    public async Task Preference_pairs_jsonl_uses_the_conversational_prompt_chosen_rejected_shape()
    {
        var rows = new[]
        {
            new PreferencePairRow(12, Arabic, new ExportAnswer("القاهرة", "fusion", 9), new ExportAnswer("لا أعرف", ExportAnswer.CandidateSource, 2, 7), PreferencePairRule.FusionOverLowest),
        };

        var jsonl = await WriteAsync(ExportFormat.Jsonl, new PreferencePairShape(), rows);

        const string Expected =
            """{"prompt":[{"role":"user","content":"ما هي عاصمة \"مصر\"؟"}],"chosen":[{"role":"assistant","content":"القاهرة"}],"rejected":[{"role":"assistant","content":"لا أعرف"}],"metadata":{"run_id":12,"prompt_id":101,"ordinal":0,"external_id":"q-1","language":"ar","task":"qa","rule":"fusion-lowest","chosen_source":"fusion","chosen_score":9,"rejected_source":"candidate","rejected_score":2,"rejected_candidate_id":7}}"""
            + "\n";
        Assert.Equal(Expected, jsonl);
    }

    [Fact]
    public async Task Aggregates_and_reviews_say_methods_and_verdicts_by_name()
    {
        var aggregate = Aggregate(40, Arabic, AggregationMethod.FusionOfN, "جواب", null, [7, 8, 9], 8.75);
        var aggregates = await WriteAsync(ExportFormat.Csv, new AggregateShape(), [new AggregateRow(12, Arabic, aggregate)]);
        var reviews = await WriteAsync(ExportFormat.Csv, new ReviewShape(), [new ReviewRow(12, Arabic, ReviewOf(3, Arabic, Domain.Review.HumanVerdict.B))]);

        Assert.Equal(
            "run_id,prompt_id,ordinal,external_id,language,task,method,candidate_limit,text,selected_candidate_id,source_candidate_ids,score,input_tokens,output_tokens,cost,latency_ms,error\n"
            + "12,101,0,q-1,ar,qa,fusion,4,جواب,,7 8 9,8.75,100,60,0.0042,850,\n",
            aggregates);
        Assert.Equal(
            "run_id,prompt_id,ordinal,language,task,method_a,method_b,reviewer,verdict,a_shown_left,comment,created_at\n"
            + "12,101,0,ar,qa,fusion,bon,Lina,bon,true,\"better, \"\"clearer\"\"\",2026-11-25T09:33:00.0000000+00:00\n",
            reviews);
    }

    [Fact]
    public async Task A_csv_export_without_rows_is_just_the_header_and_jsonl_is_empty()
    {
        Assert.Equal("prompt,chosen,rejected,language,task,run_id,prompt_id,ordinal,external_id,rule,chosen_source,chosen_score,rejected_source,rejected_score,rejected_candidate_id\n",
            await WriteAsync(ExportFormat.Csv, new PreferencePairShape(), []));
        Assert.Equal("", await WriteAsync(ExportFormat.Jsonl, new PreferencePairShape(), []));
    }

    [Fact]
    public async Task Output_is_written_in_pieces_as_the_buffer_fills_not_at_the_end()
    {
        var output = new WriteCountingStream();
        var long1 = new string('x', 5000);
        await using (var writer = ExportWriters.Create(new ExportRequest(ExportKind.Sft, ExportFormat.Jsonl), output, new SftShape()))
        {
            for (var i = 0; i < 100; i++)
            {
                writer.Write(new SftRow(1, Arabic, new ExportAnswer(long1, "fusion", null), SftAnswerRule.Fusion));
                await writer.FlushIfFullAsync(CancellationToken.None);
            }

            Assert.True(output.Writes >= 5, $"only {output.Writes} writes");
            Assert.True(output.LargestWrite < 3 * ExportWriter<SftRow>.FlushThresholdBytes, $"a write of {output.LargestWrite} bytes");
            await writer.DrainAsync(CancellationToken.None);
            Assert.Equal(100, writer.RowsWritten);
        }

        Assert.Equal(100, Encoding.UTF8.GetString(output.ToArray()).Count(c => c == '\n'));
    }

    [Fact]
    public async Task Csv_cells_a_spreadsheet_would_run_get_an_apostrophe_unless_kept()
    {
        var row = new SftRow(1, Arabic, new ExportAnswer("=HYPERLINK(\"http://x\")", "fusion", null), SftAnswerRule.Fusion);
        var others = new[] { "+1 call", "-2", "@SUM(A1)" }.Select(text => new SftRow(1, Arabic, new ExportAnswer(text, "fusion", null), SftAnswerRule.Fusion));

        var escaped = await WriteAsync(ExportFormat.Csv, new SftShape(), others.Prepend(row));
        var kept = await WriteAsync(new ExportRequest(ExportKind.Sft, ExportFormat.Csv) { KeepFormulas = true }, new SftShape(), [row]);

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", escaped, StringComparison.Ordinal);
        Assert.Contains("'+1 call", escaped, StringComparison.Ordinal);
        Assert.Contains("'-2", escaped, StringComparison.Ordinal);
        Assert.Contains("'@SUM(A1)", escaped, StringComparison.Ordinal);
        Assert.Contains("\"=HYPERLINK(\"\"http://x\"\")\"", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("'=", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_for_excel_starts_with_one_byte_order_mark()
    {
        using var output = new MemoryStream();
        await using (var writer = ExportWriters.Create(new ExportRequest(ExportKind.Sft, ExportFormat.Csv) { ExcelBom = true }, output, new SftShape()))
        {
            writer.Write(new SftRow(1, Arabic, new ExportAnswer("القاهرة", "fusion", null), SftAnswerRule.Fusion));
            await writer.DrainAsync(CancellationToken.None);
            writer.Write(new SftRow(1, Chinese, new ExportAnswer("北京", "fusion", null), SftAnswerRule.Fusion));
            await writer.DrainAsync(CancellationToken.None);
        }

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("prompt,", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', text);
        Assert.Contains("北京", text, StringComparison.Ordinal);
    }

    private static Task<string> WriteAsync<TRow>(ExportFormat format, IExportShape<TRow> shape, IEnumerable<TRow> rows) =>
        WriteAsync(new ExportRequest(ExportKind.FullLog, format), shape, rows);

    private static async Task<string> WriteAsync<TRow>(ExportRequest request, IExportShape<TRow> shape, IEnumerable<TRow> rows)
    {
        using var output = new MemoryStream();
        await using (var writer = ExportWriters.Create(request, output, shape))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
                await writer.FlushIfFullAsync(CancellationToken.None);
            }

            await writer.DrainAsync(CancellationToken.None);
        }

        var bytes = output.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no byte order mark");
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }

    /// <summary>Counts how the writer hands bytes to its output.</summary>
    private sealed class WriteCountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
