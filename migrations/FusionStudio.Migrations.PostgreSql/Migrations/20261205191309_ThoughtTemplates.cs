using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ThoughtTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ThoughtTemplateId",
                table: "ModelCalls",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ThoughtTemplateSetId",
                table: "ModelCalls",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ThoughtTemplateSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SourceRunIds = table.Column<string>(type: "text", nullable: false),
                    SummarizerTeacherId = table.Column<int>(type: "integer", nullable: false),
                    SummarizerTemplateVersionId = table.Column<int>(type: "integer", nullable: false),
                    EmbeddingModel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Queries = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThoughtTemplateSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThoughtTemplates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SetId = table.Column<int>(type: "integer", nullable: false),
                    PromptId = table.Column<long>(type: "bigint", nullable: false),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    Task = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceCandidateIds = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThoughtTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThoughtTemplates_ThoughtTemplateSets_SetId",
                        column: x => x.SetId,
                        principalTable: "ThoughtTemplateSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_ThoughtTemplateId",
                table: "ModelCalls",
                column: "ThoughtTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_ThoughtTemplateSetId",
                table: "ModelCalls",
                column: "ThoughtTemplateSetId");

            migrationBuilder.CreateIndex(
                name: "IX_ThoughtTemplates_SetId_PromptId",
                table: "ThoughtTemplates",
                columns: new[] { "SetId", "PromptId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThoughtTemplates_SetId_Task",
                table: "ThoughtTemplates",
                columns: new[] { "SetId", "Task" });

            migrationBuilder.CreateIndex(
                name: "IX_ThoughtTemplateSets_Name",
                table: "ThoughtTemplateSets",
                column: "Name");

            migrationBuilder.AddForeignKey(
                name: "FK_ModelCalls_ThoughtTemplates_ThoughtTemplateId",
                table: "ModelCalls",
                column: "ThoughtTemplateId",
                principalTable: "ThoughtTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ModelCalls_ThoughtTemplates_ThoughtTemplateId",
                table: "ModelCalls");

            migrationBuilder.DropTable(
                name: "ThoughtTemplates");

            migrationBuilder.DropTable(
                name: "ThoughtTemplateSets");

            migrationBuilder.DropIndex(
                name: "IX_ModelCalls_ThoughtTemplateId",
                table: "ModelCalls");

            migrationBuilder.DropIndex(
                name: "IX_ModelCalls_ThoughtTemplateSetId",
                table: "ModelCalls");

            migrationBuilder.DropColumn(
                name: "ThoughtTemplateId",
                table: "ModelCalls");

            migrationBuilder.DropColumn(
                name: "ThoughtTemplateSetId",
                table: "ModelCalls");
        }
    }
}
