using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MixtureOfAgents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MixtureLayers",
                table: "Runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProposerTemplateVersionId",
                table: "Runs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LayerAnswerId",
                table: "ModelCalls",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LayerAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    PromptId = table.Column<long>(type: "bigint", nullable: false),
                    Layer = table.Column<int>(type: "integer", nullable: false),
                    TeacherId = table.Column<int>(type: "integer", nullable: false),
                    SampleIndex = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Error = table.Column<string>(type: "text", nullable: true),
                    PresentedOrder = table.Column<string>(type: "text", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayerAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayerAnswers_DatasetPrompts_PromptId",
                        column: x => x.PromptId,
                        principalTable: "DatasetPrompts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LayerAnswers_PromptTemplateVersions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "PromptTemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LayerAnswers_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LayerAnswers_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_ProposerTemplateVersionId",
                table: "Runs",
                column: "ProposerTemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_LayerAnswerId",
                table: "ModelCalls",
                column: "LayerAnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_LayerAnswers_PromptId",
                table: "LayerAnswers",
                column: "PromptId");

            migrationBuilder.CreateIndex(
                name: "IX_LayerAnswers_RunId_PromptId_Layer_TeacherId_SampleIndex",
                table: "LayerAnswers",
                columns: new[] { "RunId", "PromptId", "Layer", "TeacherId", "SampleIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LayerAnswers_TeacherId",
                table: "LayerAnswers",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_LayerAnswers_TemplateVersionId",
                table: "LayerAnswers",
                column: "TemplateVersionId");

            migrationBuilder.AddForeignKey(
                name: "FK_ModelCalls_LayerAnswers_LayerAnswerId",
                table: "ModelCalls",
                column: "LayerAnswerId",
                principalTable: "LayerAnswers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Runs_PromptTemplateVersions_ProposerTemplateVersionId",
                table: "Runs",
                column: "ProposerTemplateVersionId",
                principalTable: "PromptTemplateVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ModelCalls_LayerAnswers_LayerAnswerId",
                table: "ModelCalls");

            migrationBuilder.DropForeignKey(
                name: "FK_Runs_PromptTemplateVersions_ProposerTemplateVersionId",
                table: "Runs");

            migrationBuilder.DropTable(
                name: "LayerAnswers");

            migrationBuilder.DropIndex(
                name: "IX_Runs_ProposerTemplateVersionId",
                table: "Runs");

            migrationBuilder.DropIndex(
                name: "IX_ModelCalls_LayerAnswerId",
                table: "ModelCalls");

            migrationBuilder.DropColumn(
                name: "MixtureLayers",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "ProposerTemplateVersionId",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LayerAnswerId",
                table: "ModelCalls");
        }
    }
}
