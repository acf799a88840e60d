namespace FusionStudio.Data.Migrations;

/// <summary>
/// Copies each stored comparison's prompt language and task onto it, as the comparison step does for new ones. The
/// same statement runs on PostgreSQL and SQLite (UPDATE … FROM).
/// </summary>
public static class ComparisonPromptFactsBackfill
{
    public const string Sql = """
        UPDATE "Comparisons"
        SET "Language" = d."Language", "Task" = d."Task"
        FROM "DatasetPrompts" AS d
        WHERE d."Id" = "Comparisons"."PromptId"
        """;
}
