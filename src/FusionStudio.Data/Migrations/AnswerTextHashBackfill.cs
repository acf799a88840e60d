namespace FusionStudio.Data.Migrations;

/// <summary>
/// Fills Aggregates.TextHash for answers stored before it, on PostgreSQL: the first 8 bytes of the SHA-256 of the
/// text's UTF-8, read as a big-endian signed 64-bit number — Domain.Runs.AnswerTextHash's value. SQLite has no
/// SHA-256 in SQL, so its older answers keep no hash and the same-answer check compares their texts.
/// </summary>
public static class AnswerTextHashBackfill
{
    public const string PostgreSql = """
        UPDATE "Aggregates"
        SET "TextHash" = ('x' || encode(substring(sha256(convert_to("Text", 'UTF8')) FROM 1 FOR 8), 'hex'))::bit(64)::bigint
        WHERE "Text" IS NOT NULL
        """;
}
