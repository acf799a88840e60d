using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false),
                    NewPrompts = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CacheHits = table.Column<int>(type: "INTEGER", nullable: false),
                    InputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    OutputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    Cost = table.Column<double>(type: "REAL", precision: 18, scale: 8, nullable: false),
                    LatencyMs = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxLatencyMs = table.Column<int>(type: "INTEGER", nullable: false),
                    SlowestCallsMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallLogDeltas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PromptStepLatencies",
                columns: table => new
                {
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PromptId = table.Column<long>(type: "INTEGER", nullable: false),
                    SlowestMs = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousMs = table.Column<int>(type: "INTEGER", nullable: true)
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
