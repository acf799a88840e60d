using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RecipeServing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProposerTemplateVersionId",
                table: "RecipeVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_ProposerTemplateVersionId",
                table: "RecipeVersions",
                column: "ProposerTemplateVersionId");

            migrationBuilder.AddForeignKey(
                name: "FK_RecipeVersions_PromptTemplateVersions_ProposerTemplateVersionId",
                table: "RecipeVersions",
                column: "ProposerTemplateVersionId",
                principalTable: "PromptTemplateVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RecipeVersions_PromptTemplateVersions_ProposerTemplateVersionId",
                table: "RecipeVersions");

            migrationBuilder.DropIndex(
                name: "IX_RecipeVersions_ProposerTemplateVersionId",
                table: "RecipeVersions");

            migrationBuilder.DropColumn(
                name: "ProposerTemplateVersionId",
                table: "RecipeVersions");
        }
    }
}
