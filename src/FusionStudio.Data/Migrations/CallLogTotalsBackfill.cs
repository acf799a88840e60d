namespace FusionStudio.Data.Migrations;

/// <summary>
/// The data step of the call-log totals migration, the same SQL on PostgreSQL and SQLite: each prompt's slowest call
/// per step, and one delta per run and purpose holding everything stored so far (a second one per step holds its
/// prompts and their slowest calls), so a run stored before the migration reads the totals it had.
/// </summary>
public static class CallLogTotalsBackfill
{
    private const string DeltaColumns = """
        "RunId", "Purpose", "Calls", "NewPrompts", "Attempts", "CacheHits", "InputTokens", "OutputTokens", "Cost", "LatencyMs",
        "MaxLatencyMs", "SlowestCallsMs"
        """;

    /// <summary>Run after both tables exist.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        INSERT INTO "PromptStepLatencies" ("RunId", "Purpose", "PromptId", "SlowestMs")
        SELECT "RunId", "Purpose", "PromptId", MAX("Usage_LatencyMs")
        FROM "ModelCalls"
        WHERE "RunId" IS NOT NULL AND "PromptId" IS NOT NULL
        GROUP BY "RunId", "Purpose", "PromptId"
        """,
        $"""
        INSERT INTO "CallLogDeltas" ({DeltaColumns})
        SELECT "RunId", "Purpose", COUNT(*), 0, SUM("Attempts"), SUM(CASE WHEN "Usage_CacheHit" THEN 1 ELSE 0 END),
               SUM("Usage_InputTokens"), SUM("Usage_OutputTokens"), SUM("Usage_Cost"), SUM("Usage_LatencyMs"), MAX("Usage_LatencyMs"), 0
        FROM "ModelCalls"
        WHERE "RunId" IS NOT NULL
        GROUP BY "RunId", "Purpose"
        """,
        $"""
        INSERT INTO "CallLogDeltas" ({DeltaColumns})
        SELECT "RunId", "Purpose", 0, COUNT(*), 0, 0, 0, 0, 0, 0, 0, SUM("SlowestMs")
        FROM "PromptStepLatencies"
        GROUP BY "RunId", "Purpose"
        """,
    ];
}
