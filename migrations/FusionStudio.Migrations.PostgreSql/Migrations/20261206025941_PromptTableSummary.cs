using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PromptTableSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Score",
                table: "RunPrompts",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Verdict",
                table: "RunPrompts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RunPrompts_RunId_Score",
                table: "RunPrompts",
                columns: new[] { "RunId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_RunPrompts_RunId_Verdict",
                table: "RunPrompts",
                columns: new[] { "RunId", "Verdict" });

            // Existing prompts get their stored score and verdict, as the write path keeps them from now on.
            foreach (var statement in FusionStudio.Data.Migrations.PromptTableSummaryBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RunPrompts_RunId_Score",
                table: "RunPrompts");

            migrationBuilder.DropIndex(
                name: "IX_RunPrompts_RunId_Verdict",
                table: "RunPrompts");

            migrationBuilder.DropColumn(
                name: "Score",
                table: "RunPrompts");

            migrationBuilder.DropColumn(
                name: "Verdict",
                table: "RunPrompts");
        }
    }
}
