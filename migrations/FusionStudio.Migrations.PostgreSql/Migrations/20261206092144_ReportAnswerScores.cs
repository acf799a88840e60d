using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportAnswerScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Score",
                table: "Aggregates",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TextHash",
                table: "Aggregates",
                type: "bigint",
                nullable: true);

            // Existing answers get their stored score (and, where SQL can compute it, their text hash), as the write
            // path keeps them from now on; before the index, so it is built once.
            foreach (var statement in FusionStudio.Data.Migrations.AnswerScoreBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.Sql(FusionStudio.Data.Migrations.AnswerTextHashBackfill.PostgreSql);

            migrationBuilder.CreateIndex(
                name: "IX_Aggregates_RunId_Method_AnswerHashScore",
                table: "Aggregates",
                columns: new[] { "RunId", "Method", "CandidateLimit", "PromptId", "TextHash", "Score", "Subset" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Aggregates_RunId_Method_AnswerHashScore",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "Score",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "TextHash",
                table: "Aggregates");
        }
    }
}
