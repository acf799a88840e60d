using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AnswerLanguageFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing answers keep a null flag: the check runs in .NET, so the report checks and stores their flags
            // the first time it counts their run (decision 0016).
            migrationBuilder.AddColumn<bool>(
                name: "WrongLanguage",
                table: "Candidates",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WrongLanguage",
                table: "Aggregates",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_RunId_LanguageUnchecked",
                table: "Candidates",
                columns: new[] { "RunId", "Id" },
                filter: "\"WrongLanguage\" IS NULL AND \"Text\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_RunId_WrongLanguage",
                table: "Candidates",
                columns: new[] { "RunId", "WrongLanguage" });

            migrationBuilder.CreateIndex(
                name: "IX_Aggregates_RunId_LanguageUnchecked",
                table: "Aggregates",
                columns: new[] { "RunId", "Id" },
                filter: "\"WrongLanguage\" IS NULL AND \"Text\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Aggregates_RunId_Method_WrongLanguage",
                table: "Aggregates",
                columns: new[] { "RunId", "Method", "CandidateLimit", "Subset", "WrongLanguage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Candidates_RunId_LanguageUnchecked",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_RunId_WrongLanguage",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Aggregates_RunId_LanguageUnchecked",
                table: "Aggregates");

            migrationBuilder.DropIndex(
                name: "IX_Aggregates_RunId_Method_WrongLanguage",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "WrongLanguage",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "WrongLanguage",
                table: "Aggregates");
        }
    }
}
