using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Runs",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Generated");

            migrationBuilder.AddColumn<string>(
                name: "LanguageWarning",
                table: "DatasetPrompts",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "ImportedScore",
                table: "Candidates",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AggregateScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    AggregateId = table.Column<long>(type: "bigint", nullable: false),
                    JudgeTeacherId = table.Column<int>(type: "integer", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    Rationale = table.Column<string>(type: "text", nullable: true),
                    RawAnswer = table.Column<string>(type: "text", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Usage_CacheHit = table.Column<bool>(type: "boolean", nullable: false),
                    Usage_Cost = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    Usage_FinishReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Usage_InputTokens = table.Column<int>(type: "integer", nullable: false),
                    Usage_LatencyMs = table.Column<int>(type: "integer", nullable: false),
                    Usage_OutputTokens = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
