using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ThoughtTemplateSetId",
                table: "ModelCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ThoughtTemplateSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SourceRunIds = table.Column<string>(type: "TEXT", nullable: false),
                    SummarizerTeacherId = table.Column<int>(type: "INTEGER", nullable: false),
                    SummarizerTemplateVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmbeddingModel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Queries = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThoughtTemplateSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThoughtTemplates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SetId = table.Column<int>(type: "INTEGER", nullable: false),
                    PromptId = table.Column<long>(type: "INTEGER", nullable: false),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Task = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceCandidateIds = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
