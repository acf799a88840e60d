using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Prompts;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FusionStudio.Bench;

/// <summary>
/// Writes a finished run of many prompts straight into PostgreSQL with binary COPY: dataset prompts in 8
/// languages and 5 tasks, run prompts, N scored candidates each (one teacher each), Best-of-N and Fusion-of-N answers, scores of the
/// fused answers, comparisons in both orders and a few hundred human reviews. Ids are given explicitly, so the
/// database must be fresh. The answers are English, so those of the Arabic, Chinese, Japanese and Hindi prompts carry
/// the answer-language flag, set as the pipeline sets it.
/// </summary>
internal static class ReportSeeder
{
    private static readonly string[] _languages = ["en", "de", "fr", "es", "ar", "zh", "ja", "hi"];
    private static readonly string[] _tasks = ["qa", "math", "code", "summary", "writing"];

    public static async Task<int> SeedAsync(string connectionString, FusionDbContext db, int prompts, int candidates, int reviews)
    {
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "Bench", Kind = ProviderKind.Simulated, CreatedAt = now };
        Teacher Teacher(string name) => new() { Name = name, Provider = provider, Model = name, MaxTokens = 512, CreatedAt = now };
        var teachers = Enumerable.Range(0, candidates).Select(i => Teacher($"teacher-{i}")).ToList();
        var judge = Teacher("judge");
        var fusor = Teacher("fusor");
        db.AddRange(teachers);
        db.AddRange(judge, fusor);
        var templates = DefaultPromptTemplates.All.Select(builtIn =>
        {
            var template = new PromptTemplate { Name = builtIn.Name, Kind = builtIn.Kind, IsBuiltIn = true, CreatedAt = now };
            template.AddVersion(builtIn.SystemText, builtIn.UserText, null, null, now);
            return template;
        }).ToList();
        db.AddRange(templates);
        var dataset = new Dataset { Name = "Bench prompts", PromptCount = prompts, CreatedAt = now };
        db.Add(dataset);
        var users = Enumerable.Range(0, 5).Select(i => new AppUser { Id = $"reviewer-{i}", UserName = $"reviewer{i}@bench.test", NormalizedUserName = $"REVIEWER{i}@BENCH.TEST", CreatedAt = now }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();

        int Version(PromptTemplateKind kind) => templates.Single(t => t.Kind == kind).Versions.Single().Id;
        var run = new Run
        {
            Name = $"Report bench ({prompts:N0} prompts)",
            Status = RunStatus.Completed,
            DatasetId = dataset.Id,
            Teachers = teachers.Select((t, i) => new RunTeacher { TeacherId = t.Id, SampleCount = 1, Position = i }).ToList(),
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            ComparisonPairs = [MethodPair.FusionVersusBestOfN],
            JudgeTeacherId = judge.Id,
            FusorTeacherId = fusor.Id,
            PointwiseJudgeTemplateVersionId = Version(PromptTemplateKind.PointwiseJudge),
            PairwiseJudgeTemplateVersionId = Version(PromptTemplateKind.PairwiseJudge),
            FusorTemplateVersionId = Version(PromptTemplateKind.Fusor),
            Seed = 42,
            Counters = new RunCounters { PromptCount = prompts, PromptsDone = prompts },
            CreatedAt = now,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync();

        // Copying 800,000 candidates can take longer than a command's default 30 s on a busy machine.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        var shape = new Shape(run.Id, dataset.Id, teachers.Select(t => t.Id).ToArray(), judge.Id, Version(PromptTemplateKind.PointwiseJudge),
            Version(PromptTemplateKind.PairwiseJudge), Version(PromptTemplateKind.Fusor), now);
        await CopyPromptsAsync(connection, shape, prompts);
        await CopyCandidatesAsync(connection, shape, prompts);
        await CopyAggregatesAsync(connection, shape, prompts);
        await CopyComparisonsAsync(connection, shape, prompts);
        await SeededCalls.InsertAsync(
            connection,
            () => new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, connectionString)),
            run.Id,
            generate: new(180, 240, 0.0004m, "900 + p % 400"),
            judge: new(420, 60, 0.0002m, "350"),
            fuse: new(1300, 320, 0.0011m, "2400 + p % 900"),
            judgeFused: new(480, 60, 0.0002m, "360"),
            compare: new(950, 60, 0.00045m, "1100"));

        var random = new Random(7);
        db.HumanReviews.AddRange(Enumerable.Range(0, reviews).Select(i => new HumanReview
        {
            RunId = run.Id,
            PromptId = 1 + (i / users.Count * 97 % prompts),
            MethodA = AggregationMethod.FusionOfN,
            MethodB = AggregationMethod.BestOfN,
            ReviewerId = users[i % users.Count].Id,
            AShownLeft = i % 2 == 0,
            Verdict = (HumanVerdict)random.Next(4),
            CreatedAt = now,
        }).DistinctBy(r => (r.PromptId, r.ReviewerId)));
        await db.SaveChangesAsync();

        // The rows went in by COPY, past the write path: the answers' stored scores and the prompt table's stored scores
        // and verdicts come from it.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        // Statistics first, as autovacuum keeps them on a live database: the refresh's plans depend on them.
        await using (var statistics = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 600 })
        {
            await statistics.ExecuteNonQueryAsync();
        }

        var refresh = System.Diagnostics.Stopwatch.StartNew();
        await PromptTableSummaryWriter.RefreshRunAsync(db, run.Id, CancellationToken.None);
        Console.WriteLine($"seed            stored summaries of the whole run refreshed in {refresh.Elapsed.TotalSeconds:0.0} s");
        // The refresh rewrote every prompt and answer row: vacuum as autovacuum soon would, so the visibility map lets
        // the report's index-only scans skip the table, as on a database at rest.
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
        return run.Id;
    }

    private sealed record Shape(int RunId, int DatasetId, int[] Teachers, int JudgeId, int Pointwise, int Pairwise, int Fusor, DateTimeOffset Now)
    {
        public int Candidates => Teachers.Length;

        // Candidate ids are (prompt − 1) × N + sample + 1; aggregate ids are (prompt − 1) × 2 + 1 (BoN) and + 2 (FusioN).
        public long CandidateId(long prompt, int sample) => ((prompt - 1) * Candidates) + sample + 1;
    }

    private static double CandidateScore(long prompt, int sample) => 1 + ((prompt * 7) + (sample * 3)) % 10;

    private static string Language(long prompt) => _languages[prompt % _languages.Length];

    private static string PromptTask(long prompt) => _tasks[prompt / _languages.Length % _tasks.Length];

    /// <summary>What the write path stores with an answer's text: its answer-language flag.</summary>
    private static async Task WriteLanguageFlagAsync(NpgsqlBinaryImporter writer, string? text, long prompt)
    {
        if (new Candidate { Text = text }.WithLanguageFlag(Language(prompt)).WrongLanguage is { } wrong)
        {
            await writer.WriteAsync(wrong, NpgsqlDbType.Boolean);
        }
        else
        {
            await writer.WriteNullAsync();
        }
    }

    private static async Task CopyPromptsAsync(NpgsqlConnection connection, Shape shape, int prompts)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"DatasetPrompts\" (\"Id\", \"DatasetId\", \"Ordinal\", \"Text\", \"Messages\", \"Language\", \"Task\", \"Metadata\") FROM STDIN (FORMAT BINARY)"))
        {
            for (long p = 1; p <= prompts; p++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(p, NpgsqlDbType.Bigint);
                await writer.WriteAsync(shape.DatasetId, NpgsqlDbType.Integer);
                await writer.WriteAsync((int)(p - 1), NpgsqlDbType.Integer);
                await writer.WriteAsync($"Bench question {p}: explain how a {_tasks[p % _tasks.Length]} answer should be checked, step by step.", NpgsqlDbType.Text);
                await writer.WriteAsync("[]", NpgsqlDbType.Text);
                await writer.WriteAsync(Language(p), NpgsqlDbType.Varchar);
                await writer.WriteAsync(PromptTask(p), NpgsqlDbType.Varchar);
                await writer.WriteAsync("{}", NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"RunPrompts\" (\"Id\", \"RunId\", \"PromptId\", \"Ordinal\", \"Stage\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (long p = 1; p <= prompts; p++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(p, NpgsqlDbType.Bigint);
                await writer.WriteAsync(shape.RunId, NpgsqlDbType.Integer);
                await writer.WriteAsync(p, NpgsqlDbType.Bigint);
                await writer.WriteAsync((int)(p - 1), NpgsqlDbType.Integer);
                await writer.WriteAsync((p % 500 == 0 ? PromptStage.Failed : PromptStage.Done).ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(shape.Now, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }
    }

    private static async Task CopyCandidatesAsync(NpgsqlConnection connection, Shape shape, int prompts)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Candidates\" (\"Id\", \"RunId\", \"PromptId\", \"TeacherId\", \"SampleIndex\", \"Text\", \"Error\", \"WrongLanguage\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (long p = 1; p <= prompts; p++)
            {
                for (var s = 0; s < shape.Candidates; s++)
                {
                    var failed = p % 1000 == 0 && s == 0;
                    var text = failed ? null : $"Candidate answer {s} to question {p}.";
                    await writer.StartRowAsync();
                    await writer.WriteAsync(shape.CandidateId(p, s), NpgsqlDbType.Bigint);
                    await writer.WriteAsync(shape.RunId, NpgsqlDbType.Integer);
                    await writer.WriteAsync(p, NpgsqlDbType.Bigint);
                    await writer.WriteAsync(shape.Teachers[s], NpgsqlDbType.Integer);
                    await writer.WriteAsync(0, NpgsqlDbType.Integer);
                    await WriteNullableAsync(writer, text, NpgsqlDbType.Text);
                    await WriteNullableAsync(writer, failed ? $"HTTP 429 rate limited after {1 + (p % 5)} attempts" : null, NpgsqlDbType.Text);
                    await WriteLanguageFlagAsync(writer, text, p);
                    await writer.WriteAsync(shape.Now, NpgsqlDbType.TimestampTz);
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Scores\" (\"Id\", \"RunId\", \"CandidateId\", \"JudgeTeacherId\", \"TemplateVersionId\", \"Value\", \"Attempts\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (long p = 1; p <= prompts; p++)
            {
                for (var s = 0; s < shape.Candidates; s++)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(shape.CandidateId(p, s), NpgsqlDbType.Bigint);
                    await writer.WriteAsync(shape.RunId, NpgsqlDbType.Integer);
                    await writer.WriteAsync(shape.CandidateId(p, s), NpgsqlDbType.Bigint);
                    await writer.WriteAsync(shape.JudgeId, NpgsqlDbType.Integer);
                    await writer.WriteAsync(shape.Pointwise, NpgsqlDbType.Integer);
                    await writer.WriteAsync(CandidateScore(p, s), NpgsqlDbType.Double);
                    await writer.WriteAsync(1, NpgsqlDbType.Integer);
                    await writer.WriteAsync(shape.Now, NpgsqlDbType.TimestampTz);
                }
            }

            await writer.CompleteAsync();
        }
    }

    private static async Task CopyAggregatesAsync(NpgsqlConnection connection, Shape shape, int prompts)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Aggregates\" (\"Id\", \"RunId\", \"PromptId\", \"Method\", \"CandidateLimit\", \"Text\", \"TextHash\", \"SelectedCandidateId\", \"SourceCandidateIds\", \"PresentedOrder\", \"TemplateVersionId\", \"WrongLanguage\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (long p = 1; p <= prompts; p++)
            {
                var sources = "[" + string.Join(",", Enumerable.Range(0, shape.Candidates).Select(s => shape.CandidateId(p, s))) + "]";
                var best = Enumerable.Range(0, shape.Candidates).MaxBy(s => CandidateScore(p, s));
                var selected = $"Candidate answer {best} to question {p}.";
                var fused = $"Fused answer to question {p}, drawing on all {shape.Candidates} candidates.";
                await writer.StartRowAsync();
                await writer.WriteAsync(((p - 1) * 2) + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync(shape.RunId, NpgsqlDbType.Integer);
                await writer.WriteAsync(p, NpgsqlDbType.Bigint);
                await writer.WriteAsync(AggregationMethod.BestOfN.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(shape.Candidates, NpgsqlDbType.Integer);
                await writer.WriteAsync(selected, NpgsqlDbType.Text);
                await writer.WriteAsync(AnswerTextHash.Of(selected)!.Value, NpgsqlDbType.Bigint);
                await writer.WriteAsync(shape.CandidateId(p, best), NpgsqlDbType.Bigint);
                await writer.WriteAsync(sources, NpgsqlDbType.Text);
                await writer.WriteAsync("[]", NpgsqlDbType.Text);
                await writer.WriteNullAsync();
                await WriteLanguageFlagAsync(writer, selected, p);
                await writer.WriteAsync(shape.Now, NpgsqlDbType.TimestampTz);

                await writer.StartRowAsync();
                await writer.WriteAsync(((p - 1) * 2) + 2, NpgsqlDbType.Bigint);
                await writer.WriteAsync(shape.RunId, NpgsqlDbType.Integer);
                await writer.WriteAsync(p, NpgsqlDbType.Bigint);
                await writer.WriteAsync(AggregationMethod.FusionOfN.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(shape.Candidates, NpgsqlDbType.Integer);
                await writer.WriteAsync(fused, NpgsqlDbType.Text);
                await writer.WriteAsync(AnswerTextHash.Of(fused)!.Value, NpgsqlDbType.Bigint);
                await writer.WriteNullAsync();
                await writer.WriteAsync(sources, NpgsqlDbType.Text);
                await writer.WriteAsync(sources, NpgsqlDbType.Text);
                await writer.WriteAsync(shape.Fusor, NpgsqlDbType.Integer);
                await WriteLanguageFlagAsync(writer, fused, p);
                await writer.WriteAsync(shape.Now, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Scores\" (\"Id\", \"RunId\", \"AggregateId\", \"JudgeTeacherId\", \"TemplateVersionId\", \"Value\", \"Attempts\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (long p = 1; p <= prompts; p++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(((long)prompts * shape.Candidates) + p, NpgsqlDbType.Bigint); // after the candidates' score ids
                await writer.WriteAsync(shape.RunId, NpgsqlDbType.Integer);
                await writer.WriteAsync(((p - 1) * 2) + 2, NpgsqlDbType.Bigint);
                await writer.WriteAsync(shape.JudgeId, NpgsqlDbType.Integer);
                await writer.WriteAsync(shape.Pointwise, NpgsqlDbType.Integer);
                await writer.WriteAsync((double)Math.Min(10, 3 + (p * 5 % 8)), NpgsqlDbType.Double);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(shape.Now, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }
    }

    private static async Task CopyComparisonsAsync(NpgsqlConnection connection, Shape shape, int prompts)
    {
        PairVerdict[] verdicts = [PairVerdict.A, PairVerdict.A, PairVerdict.B, PairVerdict.Tie, PairVerdict.A];
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Comparisons\" (\"Id\", \"RunId\", \"PromptId\", \"MethodA\", \"MethodB\", \"TemplateVersionId\", \"VerdictAFirst\", \"VerdictBFirst\", \"Final\", \"Language\", \"Task\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)");
        for (long p = 1; p <= prompts; p++)
        {
            var aFirst = verdicts[p % verdicts.Length];
            var bFirst = p % 7 == 0 ? PairVerdict.B : aFirst;
            await writer.StartRowAsync();
            await writer.WriteAsync(p, NpgsqlDbType.Bigint);
            await writer.WriteAsync(shape.RunId, NpgsqlDbType.Integer);
            await writer.WriteAsync(p, NpgsqlDbType.Bigint);
            await writer.WriteAsync(AggregationMethod.FusionOfN.ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(AggregationMethod.BestOfN.ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(shape.Pairwise, NpgsqlDbType.Integer);
            await writer.WriteAsync(aFirst.ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(bFirst.ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(Comparison.Combine(aFirst, bFirst).ToString(), NpgsqlDbType.Varchar);
            await writer.WriteAsync(Language(p), NpgsqlDbType.Text);
            await writer.WriteAsync(PromptTask(p), NpgsqlDbType.Text);
            await writer.WriteAsync(shape.Now, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(value, type);
        }
    }
}
