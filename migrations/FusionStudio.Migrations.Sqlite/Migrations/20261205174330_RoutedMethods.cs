using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RoutedMethods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RoutedTopK",
                table: "Runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "RouterId",
                table: "Runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PromptRoutes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    PromptId = table.Column<long>(type: "INTEGER", nullable: false),
                    RouterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromptRoutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromptRoutes_DatasetPrompts_PromptId",
                        column: x => x.PromptId,
                        principalTable: "DatasetPrompts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromptRoutes_Routers_RouterId",
                        column: x => x.RouterId,
                        principalTable: "Routers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromptRoutes_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RouteChoices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PromptRouteId = table.Column<long>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    TeacherId = table.Column<int>(type: "INTEGER", nullable: false),
                    PredictedPerformance = table.Column<double>(type: "REAL", nullable: false),
                    PredictedCost = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteChoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RouteChoices_PromptRoutes_PromptRouteId",
                        column: x => x.PromptRouteId,
                        principalTable: "PromptRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RouteChoices_Teachers_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_RouterId",
                table: "Runs",
                column: "RouterId");

            migrationBuilder.CreateIndex(
                name: "IX_PromptRoutes_PromptId",
                table: "PromptRoutes",
                column: "PromptId");

            migrationBuilder.CreateIndex(
                name: "IX_PromptRoutes_RouterId",
                table: "PromptRoutes",
                column: "RouterId");

            migrationBuilder.CreateIndex(
                name: "IX_PromptRoutes_RunId_PromptId",
                table: "PromptRoutes",
                columns: new[] { "RunId", "PromptId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RouteChoices_PromptRouteId_Rank",
                table: "RouteChoices",
                columns: new[] { "PromptRouteId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RouteChoices_TeacherId",
                table: "RouteChoices",
                column: "TeacherId");

            migrationBuilder.AddForeignKey(
                name: "FK_Runs_Routers_RouterId",
                table: "Runs",
                column: "RouterId",
                principalTable: "Routers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Runs_Routers_RouterId",
                table: "Runs");

            migrationBuilder.DropTable(
                name: "RouteChoices");

            migrationBuilder.DropTable(
                name: "PromptRoutes");

            migrationBuilder.DropIndex(
                name: "IX_Runs_RouterId",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "RoutedTopK",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "RouterId",
                table: "Runs");
        }
    }
}
