using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CallLogTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CallLogDeltas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false),
                    NewPrompts = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CacheHits = table.Column<int>(type: "integer", nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    Cost = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    LatencyMs = table.Column<long>(type: "bigint", nullable: false),
                    MaxLatencyMs = table.Column<int>(type: "integer", nullable: false),
                    SlowestCallsMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLogDeltas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PromptStepLatencies",
                columns: table => new
                {
                    RunId = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PromptId = table.Column<long>(type: "bigint", nullable: false),
                    SlowestMs = table.Column<int>(type: "integer", nullable: false),
                    PreviousMs = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromptStepLatencies", x => new { x.RunId, x.Purpose, x.PromptId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallLogDeltas_RunId",
                table: "CallLogDeltas",
                column: "RunId");

            // Runs stored before the totals were kept get them from their calls.
            foreach (var statement in FusionStudio.Data.Migrations.CallLogTotalsBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallLogDeltas");

            migrationBuilder.DropTable(
                name: "PromptStepLatencies");
        }
    }
}
