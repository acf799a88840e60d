using System.Text;
using FusionStudio.Data;
using FusionStudio.Engine.Exports;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Exports;

/// <summary>
/// Streams a run's training data (full log, aggregates, comparisons, reviews, SFT chat rows, preference pairs, top-K distillation rows) as
/// CSV or JSON Lines to any stream. Rows are read from the database in batches of prompts and written through a
/// small buffer that is handed to the stream after each batch, so memory stays flat for runs of any size.
/// Exports carry teacher names and models only: never a provider's address, key or any other secret.
/// </summary>
public sealed class RunExporter(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    /// <summary>Prompts per batch: a few thousand candidates, a few queries, one flush of the output.</summary>
    public const int PromptsPerBatch = 250;

    public async Task<bool> RunExistsAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Runs.AnyAsync(r => r.Id == runId, cancellationToken);
    }

    /// <summary>The download's file name, dated today (UTC), e.g. <c>run-12-sft-fusion-2026-11-25.jsonl</c>.</summary>
    public string FileName(int runId, ExportRequest request) =>
        ExportFileName.For(runId, request, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public static string ContentType(ExportFormat format) => ExportWriters.ContentType(format);

    /// <summary>Writes the export to <paramref name="output"/> and returns the number of rows written.</summary>
    /// <exception cref="KeyNotFoundException">The run does not exist.</exception>
    public Task<long> WriteAsync(int runId, ExportRequest request, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return RunAsync(runId, request, output, cancellationToken);
    }

    /// <summary>
    /// The file's first <paramref name="rows"/> rows as the download would write them (header, escaping and all; a
    /// byte order mark left out), read only as far as needed.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The run does not exist.</exception>
    public async Task<string> PreviewAsync(int runId, ExportRequest request, int rows, CancellationToken cancellationToken = default)
    {
        using var output = new MemoryStream();
        await RunAsync(runId, request, output, cancellationToken, rows);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(output.GetBuffer(), 0, (int)output.Length);
        return text.TrimStart('\uFEFF');
    }

    /// <summary>How many rows the export would have, without writing them.</summary>
    /// <exception cref="KeyNotFoundException">The run does not exist.</exception>
    public Task<long> CountAsync(int runId, ExportRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(runId, request, null, cancellationToken);

    private Task<long> RunAsync(int runId, ExportRequest request, Stream? output, CancellationToken cancellationToken, long? limit = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filter = request.Filter;
        return request.Kind switch
        {
            ExportKind.FullLog => ExportAsync(runId, request, output, new FullLogShape(), batch => ExportRowComposer.FullLog(batch, filter), cancellationToken, limit),
            ExportKind.Aggregates => ExportAsync(runId, request, output, new AggregateShape(), batch => ExportRowComposer.Aggregates(batch, filter), cancellationToken, limit),
            ExportKind.Comparisons => ExportAsync(runId, request, output, new ComparisonShape(), batch => ExportRowComposer.Comparisons(batch, filter), cancellationToken, limit),
            ExportKind.Reviews => ExportAsync(runId, request, output, new ReviewShape(), batch => ExportRowComposer.Reviews(batch, filter), cancellationToken, limit),
            ExportKind.Sft => ExportAsync(runId, request, output, new SftShape(), batch => ExportRowComposer.Sft(batch, request.SftAnswer, filter), cancellationToken, limit),
            ExportKind.Distillation => ExportAsync(runId, request, output, new DistillationShape(),
                batch => DistillationRowComposer.Compose(batch, request.TopK, request.WithReference, filter), cancellationToken, limit),
            _ => ExportAsync(runId, request, output, new PreferencePairShape(), batch => ExportRowComposer.PreferencePairs(batch, request.PairRule, filter), cancellationToken, limit),
        };
    }

    private async Task<long> ExportAsync<TRow>(
        int runId, ExportRequest request, Stream? output, IExportShape<TRow> shape, Func<ExportBatch, IEnumerable<TRow>> compose, CancellationToken cancellationToken,
        long? limit)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await ExportRunInfo.LoadAsync(db, runId, cancellationToken) ?? throw new KeyNotFoundException($"Run {runId} does not exist.");
        var reader = new ExportBatchReader(db, run, request, PromptsPerBatch);
        await using var writer = output is null ? null : ExportWriters.Create(request, output, shape);
        long rows = 0;
        await foreach (var batch in reader.ReadAsync(cancellationToken))
        {
            foreach (var row in compose(batch).Take(limit is { } most ? (int)Math.Min(int.MaxValue, most - rows) : int.MaxValue))
            {
                rows++;
                if (writer is not null)
                {
                    writer.Write(row);
                    await writer.FlushIfFullAsync(cancellationToken);
                }
            }

            if (writer is not null)
            {
                await writer.DrainAsync(cancellationToken);
            }

            if (rows >= limit)
            {
                break;
            }
        }

        if (writer is not null)
        {
            // A header alone (CSV with no matching rows) still makes a valid file.
            await writer.DrainAsync(cancellationToken);
        }

        return rows;
    }
}
