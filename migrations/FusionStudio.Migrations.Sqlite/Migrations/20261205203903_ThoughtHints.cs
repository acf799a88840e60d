using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ThoughtHints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HintsTemplateVersionId",
                table: "Runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ThoughtTemplateSetId",
                table: "Runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HintTemplateIds",
                table: "Candidates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_HintsTemplateVersionId",
                table: "Runs",
                column: "HintsTemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_ThoughtTemplateSetId",
                table: "Runs",
                column: "ThoughtTemplateSetId");

            migrationBuilder.AddForeignKey(
                name: "FK_Runs_PromptTemplateVersions_HintsTemplateVersionId",
                table: "Runs",
                column: "HintsTemplateVersionId",
                principalTable: "PromptTemplateVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Runs_ThoughtTemplateSets_ThoughtTemplateSetId",
                table: "Runs",
                column: "ThoughtTemplateSetId",
                principalTable: "ThoughtTemplateSets",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Runs_PromptTemplateVersions_HintsTemplateVersionId",
                table: "Runs");

            migrationBuilder.DropForeignKey(
                name: "FK_Runs_ThoughtTemplateSets_ThoughtTemplateSetId",
                table: "Runs");

            migrationBuilder.DropIndex(
                name: "IX_Runs_HintsTemplateVersionId",
                table: "Runs");

            migrationBuilder.DropIndex(
                name: "IX_Runs_ThoughtTemplateSetId",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "HintsTemplateVersionId",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "ThoughtTemplateSetId",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "HintTemplateIds",
                table: "Candidates");
        }
    }
}
