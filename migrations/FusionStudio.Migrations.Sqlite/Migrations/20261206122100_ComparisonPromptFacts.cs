using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComparisonPromptFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Comparisons",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Task",
                table: "Comparisons",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Stored comparisons get their prompt's language and task, as the comparison step copies them from now on;
            // before the index, so it is built once.
            migrationBuilder.Sql(FusionStudio.Data.Migrations.ComparisonPromptFactsBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Comparisons_RunId_VerdictCounts",
                table: "Comparisons",
                columns: new[] { "RunId", "MethodA", "MethodB", "Final", "VerdictAFirst", "VerdictBFirst", "Language", "Task" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Comparisons_RunId_VerdictCounts",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Task",
                table: "Comparisons");
        }
    }
}
