using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.LogImports;

/// <summary>
/// Turns a log of several models answering the same queries into a run whose candidates already exist: first a
/// preview (nothing stored), then the import, all or nothing. Starting the run is <see cref="RunCommands.StartAsync"/>.
/// </summary>
public sealed class LogImporter(
    IDbContextFactory<FusionDbContext> contexts, EditorCheck editors, IOptions<LogImportOptions> options, TimeProvider clock)
{
    public LogImportOptions Limits => options.Value;

    /// <summary>Reads and checks the whole file as a stream; stores nothing.</summary>
    public async Task<LogImportPreview> PreviewAsync(Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (LogFileFormats.FromFileName(fileName) is not { } format)
        {
            return LogImportPreview.Failed(fileName, null, "Choose a .jsonl or .csv file: the format is told by the file name's extension.");
        }

        var settings = options.Value;
        var read = await LogFileReader.ReadAsync(file, format, new LogReadLimits(settings.MaxFileBytes, settings.MaxRecords, settings.MaxListedErrors), cancellationToken);
        return new LogImportPreview(fileName, format, read.Content, read.Errors, read.ErrorCount);
    }

    /// <summary>Reads the file and imports it; see <see cref="ImportAsync(LogImportPreview, RunPlan, ClaimsPrincipal, CancellationToken)"/>.</summary>
    public async Task<LogImportResult> ImportAsync(
        Stream file, string fileName, RunPlan plan, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await ImportAsync(await PreviewAsync(file, fileName, cancellationToken), plan, user, LogModelPrices.None, cancellationToken);

    /// <summary>Reads the file and imports it with prices for records that give no cost.</summary>
    public async Task<LogImportResult> ImportAsync(
        Stream file, string fileName, RunPlan plan, ClaimsPrincipal user, LogModelPrices prices, CancellationToken cancellationToken = default) =>
        await ImportAsync(await PreviewAsync(file, fileName, cancellationToken), plan, user, prices, cancellationToken);

    /// <summary>
    /// Stores a previewed log as a queued run with the plan's methods, judge and fusor (the plan's dataset and pool
    /// are not used: the log gives both). Nothing is stored when the file or the plan has a problem.
    /// </summary>
    public Task<LogImportResult> ImportAsync(
        LogImportPreview preview, RunPlan plan, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        ImportAsync(preview, plan, user, LogModelPrices.None, cancellationToken);

    /// <summary>
    /// As above; a record without a cost of its own costs its tokens at its model's price in <paramref name="prices"/>
    /// (routing logs carry tokens but no cost).
    /// </summary>
    public async Task<LogImportResult> ImportAsync(
        LogImportPreview preview, RunPlan plan, ClaimsPrincipal user, LogModelPrices prices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(user);
        if (!await editors.AllowsAsync(user))
        {
            return LogImportResult.InvalidPlan(new Dictionary<string, string> { [RunPlanValidator.General] = EditorCheck.Denied });
        }

        if (!preview.CanImport)
        {
            return LogImportResult.InvalidFile(preview.Errors.Count > 0 ? preview.Errors : [new LogImportError(0, null, "the file holds no record")]);
        }

        if (prices.Problems() is { Count: > 0 } wrongPrices)
        {
            return LogImportResult.InvalidPlan(wrongPrices.ToDictionary(p => PriceField(p.Key), p => p.Value));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (errors, pinned) = await LogImportPlanCheck.CheckAsync(db, plan, cancellationToken);
        if (errors.Count > 0)
        {
            return LogImportResult.InvalidPlan(errors);
        }

        var writer = new LogImportWriter(db, options.Value, prices, clock.GetUtcNow());
        var runId = await writer.WriteAsync(preview.Content, preview.FileName, plan, pinned, user.Identity?.Name, cancellationToken);
        return LogImportResult.Imported(runId);
    }

    /// <summary>The plan-error key of one model's price, as the import page and the API name it.</summary>
    public static string PriceField(string model) => $"Prices[{model}]";
}
