using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PromptTableAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_RunId_Failed",
                table: "ModelCalls",
                column: "RunId",
                filter: "\"Error\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DatasetPrompts_Text_Trigram",
                table: "DatasetPrompts",
                column: "Text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ModelCalls_RunId_Failed",
                table: "ModelCalls");

            migrationBuilder.DropIndex(
                name: "IX_DatasetPrompts_Text_Trigram",
                table: "DatasetPrompts");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
