using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Recipes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ServingOnly",
                table: "ApiTokens",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Recipes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recipes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecipeVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    TeacherIds = table.Column<string>(type: "TEXT", nullable: false),
                    FusorTeacherId = table.Column<int>(type: "INTEGER", nullable: true),
                    FusorTemplateVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RouterId = table.Column<int>(type: "INTEGER", nullable: true),
                    FallbackTeacherId = table.Column<int>(type: "INTEGER", nullable: true),
                    TopK = table.Column<int>(type: "INTEGER", nullable: true),
                    Layers = table.Column<int>(type: "INTEGER", nullable: true),
                    StoreTraffic = table.Column<bool>(type: "INTEGER", nullable: false),
                    LiveRunId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Limits_CallTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Limits_DailyBudget = table.Column<double>(type: "REAL", precision: 18, scale: 6, nullable: true),
                    Limits_MaxConcurrentRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Limits_MinCandidates = table.Column<int>(type: "INTEGER", nullable: false),
                    Limits_RequestTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecipeVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecipeVersions_PromptTemplateVersions_FusorTemplateVersionId",
                        column: x => x.FusorTemplateVersionId,
                        principalTable: "PromptTemplateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecipeVersions_Recipes_RecipeId",
                        column: x => x.RecipeId,
                        principalTable: "Recipes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecipeVersions_Routers_RouterId",
                        column: x => x.RouterId,
                        principalTable: "Routers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecipeVersions_Runs_LiveRunId",
                        column: x => x.LiveRunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RecipeVersions_TeacherPools_PoolId",
                        column: x => x.PoolId,
                        principalTable: "TeacherPools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RecipeVersions_Teachers_FallbackTeacherId",
                        column: x => x.FallbackTeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecipeVersions_Teachers_FusorTeacherId",
                        column: x => x.FusorTeacherId,
                        principalTable: "Teachers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServedRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipeVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    PromptId = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LatencyMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Streamed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServedRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServedRequests_RecipeVersions_RecipeVersionId",
                        column: x => x.RecipeVersionId,
                        principalTable: "RecipeVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServedRequests_Recipes_RecipeId",
                        column: x => x.RecipeId,
                        principalTable: "Recipes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ServedRequests_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recipes_Name",
                table: "Recipes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_FallbackTeacherId",
                table: "RecipeVersions",
                column: "FallbackTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_FusorTeacherId",
                table: "RecipeVersions",
                column: "FusorTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_FusorTemplateVersionId",
                table: "RecipeVersions",
                column: "FusorTemplateVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_LiveRunId",
                table: "RecipeVersions",
                column: "LiveRunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_PoolId",
                table: "RecipeVersions",
                column: "PoolId");

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_RecipeId_Version",
                table: "RecipeVersions",
                columns: new[] { "RecipeId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecipeVersions_RouterId",
                table: "RecipeVersions",
                column: "RouterId");

            migrationBuilder.CreateIndex(
                name: "IX_ServedRequests_RecipeId_StartedAt",
                table: "ServedRequests",
                columns: new[] { "RecipeId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServedRequests_RecipeVersionId",
                table: "ServedRequests",
                column: "RecipeVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ServedRequests_RunId",
                table: "ServedRequests",
                column: "RunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServedRequests");

            migrationBuilder.DropTable(
                name: "RecipeVersions");

            migrationBuilder.DropTable(
                name: "Recipes");

            migrationBuilder.DropColumn(
                name: "ServingOnly",
                table: "ApiTokens");
        }
    }
}
