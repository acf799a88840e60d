using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CallLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Scores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    CandidateId = table.Column<long>(type: "bigint", nullable: true),
                    AggregateId = table.Column<long>(type: "bigint", nullable: true),
                    JudgeTeacherId = table.Column<int>(type: "integer", nullable: false),
                    TemplateVersionId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: true),
                    Rationale = table.Column<string>(type: "text", nullable: true),
                    RawAnswer = table.Column<string>(type: "text", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => x.Id);
                    table.CheckConstraint("CK_Scores_one_answer", "(\"CandidateId\" IS NULL) <> (\"AggregateId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Scores_Aggregates_AggregateId",
                        column: x => x.AggregateId,
                        principalTable: "Aggregates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Scores_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Scores_PromptTemplateVersions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "PromptTemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Scores_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Scores_Teachers_JudgeTeacherId",
                        column: x => x.JudgeTeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModelCalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RunId = table.Column<int>(type: "integer", nullable: true),
                    PromptId = table.Column<long>(type: "bigint", nullable: true),
                    TeacherId = table.Column<int>(type: "integer", nullable: true),
                    TemplateVersionId = table.Column<int>(type: "integer", nullable: true),
                    ProviderId = table.Column<int>(type: "integer", nullable: true),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SampleIndex = table.Column<int>(type: "integer", nullable: false),
                    CandidateId = table.Column<long>(type: "bigint", nullable: true),
                    ScoreId = table.Column<long>(type: "bigint", nullable: true),
                    AggregateId = table.Column<long>(type: "bigint", nullable: true),
                    ComparisonId = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ErrorKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Request = table.Column<byte[]>(type: "bytea", nullable: true),
                    Response = table.Column<byte[]>(type: "bytea", nullable: true),
                    Usage_CacheHit = table.Column<bool>(type: "boolean", nullable: false),
                    Usage_Cost = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    Usage_FinishReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Usage_InputTokens = table.Column<int>(type: "integer", nullable: false),
                    Usage_LatencyMs = table.Column<int>(type: "integer", nullable: false),
                    Usage_OutputTokens = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModelCalls_Aggregates_AggregateId",
                        column: x => x.AggregateId,
                        principalTable: "Aggregates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ModelCalls_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ModelCalls_Comparisons_ComparisonId",
                        column: x => x.ComparisonId,
                        principalTable: "Comparisons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ModelCalls_Scores_ScoreId",
                        column: x => x.ScoreId,
                        principalTable: "Scores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_AggregateId",
                table: "ModelCalls",
                column: "AggregateId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_CandidateId",
                table: "ModelCalls",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_ComparisonId",
                table: "ModelCalls",
                column: "ComparisonId");

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_RunId_PromptId",
                table: "ModelCalls",
                columns: new[] { "RunId", "PromptId" });

            migrationBuilder.CreateIndex(
                name: "IX_ModelCalls_ScoreId",
                table: "ModelCalls",
                column: "ScoreId");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_AggregateId_JudgeTeacherId_TemplateVersionId",
                table: "Scores",
                columns: new[] { "AggregateId", "JudgeTeacherId", "TemplateVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scores_CandidateId_JudgeTeacherId_TemplateVersionId",
                table: "Scores",
                columns: new[] { "CandidateId", "JudgeTeacherId", "TemplateVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scores_JudgeTeacherId",
                table: "Scores",
                column: "JudgeTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_RunId",
                table: "Scores",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_TemplateVersionId",
                table: "Scores",
                column: "TemplateVersionId");

            // The old rows' usage becomes call-log rows before the old tables and columns go.
            foreach (var statement in FusionStudio.Data.Migrations.CallLogBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropColumn(
                name: "Counters_CacheHits",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Counters_Cost",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Counters_InputTokens",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Counters_ModelCalls",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Counters_OutputTokens",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Usage_CacheHit",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Usage_Cost",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Usage_FinishReason",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Usage_InputTokens",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Usage_LatencyMs",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Usage_OutputTokens",
                table: "Comparisons");

            migrationBuilder.DropColumn(
                name: "Usage_CacheHit",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Usage_Cost",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Usage_FinishReason",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Usage_InputTokens",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Usage_LatencyMs",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Usage_OutputTokens",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Usage_CacheHit",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "Usage_Cost",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "Usage_FinishReason",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "Usage_InputTokens",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "Usage_LatencyMs",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "Usage_OutputTokens",
                table: "Aggregates");

            migrationBuilder.DropTable(
                name: "AggregateScores");

            migrationBuilder.DropTable(
                name: "JudgeScores");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModelCalls");

            migrationBuilder.DropTable(
                name: "Scores");

            migrationBuilder.AddColumn<int>(
                name: "Counters_CacheHits",
                table: "Runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "Counters_Cost",
                table: "Runs",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "Counters_InputTokens",
                table: "Runs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Counters_ModelCalls",
                table: "Runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Counters_OutputTokens",
                table: "Runs",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "Usage_CacheHit",
                table: "Comparisons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "Usage_Cost",
                table: "Comparisons",
                type: "numeric(18,8)",
                precision: 18,
                scale: 8,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "Usage_FinishReason",
                table: "Comparisons",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Usage_InputTokens",
                table: "Comparisons",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Usage_LatencyMs",
                table: "Comparisons",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Usage_OutputTokens",
                table: "Comparisons",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Usage_CacheHit",
                table: "Candidates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "Usage_Cost",
                table: "Candidates",
                type: "numeric(18,8)",
                precision: 18,
                scale: 8,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "Usage_FinishReason",
                table: "Candidates",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Usage_InputTokens",
                table: "Candidates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Usage_LatencyMs",
                table: "Candidates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Usage_OutputTokens",
                table: "Candidates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Usage_CacheHit",
                table: "Aggregates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "Usage_Cost",
                table: "Aggregates",
                type: "numeric(18,8)",
                precision: 18,
                scale: 8,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "Usage_FinishReason",
                table: "Aggregates",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Usage_InputTokens",
                table: "Aggregates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Usage_LatencyMs",
                table: "Aggregates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Usage_OutputTokens",
                table: "Aggregates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AggregateScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AggregateId = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    JudgeTeacherId = table.Column<int>(type: "integer", nullable: false),
                    Rationale = table.Column<string>(type: "text", nullable: true),
                    RawAnswer = table.Column<string>(type: "text", nullable: true),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    TemplateVersionId = table.Column<int>(type: "integer", nullable: false),
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
                name: "JudgeScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CandidateId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    JudgeTeacherId = table.Column<int>(type: "integer", nullable: false),
                    Rationale = table.Column<string>(type: "text", nullable: true),
                    RawAnswer = table.Column<string>(type: "text", nullable: true),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    TemplateVersionId = table.Column<int>(type: "integer", nullable: false),
                    Usage_CacheHit = table.Column<bool>(type: "boolean", nullable: false),
                    Usage_Cost = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    Usage_FinishReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Usage_InputTokens = table.Column<int>(type: "integer", nullable: false),
                    Usage_LatencyMs = table.Column<int>(type: "integer", nullable: false),
                    Usage_OutputTokens = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JudgeScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JudgeScores_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JudgeScores_PromptTemplateVersions_TemplateVersionId",
                        column: x => x.TemplateVersionId,
                        principalTable: "PromptTemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JudgeScores_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JudgeScores_Teachers_JudgeTeacherId",
                        column: x => x.JudgeTeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_JudgeScores_CandidateId_JudgeTeacherId_TemplateVersionId",
                table: "JudgeScores",
                columns: new[] { "CandidateId", "JudgeTeacherId", "TemplateVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JudgeScores_JudgeTeacherId",
                table: "JudgeScores",
                column: "JudgeTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_JudgeScores_RunId",
                table: "JudgeScores",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_JudgeScores_TemplateVersionId",
                table: "JudgeScores",
                column: "TemplateVersionId");
        }
    }
}
