using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAndExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ScalingCandidateLimits",
                table: "Runs",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Runs",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Generated");

            migrationBuilder.AddColumn<string>(
                name: "LanguageWarning",
                table: "DatasetPrompts",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ImportedScore",
                table: "Candidates",
                type: "REAL",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AggregateScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    AggregateId = table.Column<long>(type: "INTEGER", nullable: false),
                    JudgeTeacherId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", nullable: true),
                    RawAnswer = table.Column<string>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Usage_CacheHit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Usage_Cost = table.Column<double>(type: "REAL", precision: 18, scale: 8, nullable: false),
                    Usage_FinishReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Usage_InputTokens = table.Column<int>(type: "INTEGER", nullable: false),
                    Usage_LatencyMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Usage_OutputTokens = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AggregateScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AggregateScores_Aggregates_AggregateId",
                        column: x => x.AggregateId,
                        principalTable: "Aggregates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AggregateScores_PromptTemplateVersions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "PromptTemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AggregateScores_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AggregateScores_Teachers_JudgeTeacherId",
                        column: x => x.JudgeTeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AggregateScores_AggregateId_JudgeTeacherId_TemplateVersionId",
                table: "AggregateScores",
                columns: new[] { "AggregateId", "JudgeTeacherId", "TemplateVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AggregateScores_JudgeTeacherId",
                table: "AggregateScores",
                column: "JudgeTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_AggregateScores_RunId",
                table: "AggregateScores",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_AggregateScores_TemplateVersionId",
                table: "AggregateScores",
                column: "TemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_SecretHash",
                table: "ApiTokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_UserId",
                table: "ApiTokens",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AggregateScores");

            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropColumn(
                name: "ScalingCandidateLimits",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LanguageWarning",
                table: "DatasetPrompts");

            migrationBuilder.DropColumn(
                name: "ImportedScore",
                table: "Candidates");
        }
    }
}
