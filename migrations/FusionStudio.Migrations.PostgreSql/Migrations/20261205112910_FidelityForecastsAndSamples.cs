using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class FidelityForecastsAndSamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Aggregates_RunId_PromptId_Method_CandidateLimit",
                table: "Aggregates");

            migrationBuilder.AddColumn<long>(
                name: "LaunchEstimate_Calls",
                table: "Runs",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LaunchEstimate_CostExpected",
                table: "Runs",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LaunchEstimate_CostHigh",
                table: "Runs",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LaunchEstimate_CostLow",
                table: "Runs",
                type: "numeric(18,6)",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LaunchEstimate_InputTokens",
                table: "Runs",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LaunchEstimate_OutputTokensExpected",
                table: "Runs",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LaunchEstimate_OutputTokensHigh",
                table: "Runs",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SampleOffset",
                table: "Runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ScalingPromptLimit",
                table: "Runs",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ScalingSubsets",
                table: "Runs",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Subset",
                table: "Aggregates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Aggregates_RunId_PromptId_Method_CandidateLimit_Subset",
                table: "Aggregates",
                columns: new[] { "RunId", "PromptId", "Method", "CandidateLimit", "Subset" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Aggregates_RunId_PromptId_Method_CandidateLimit_Subset",
                table: "Aggregates");

            migrationBuilder.DropColumn(
                name: "LaunchEstimate_Calls",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LaunchEstimate_CostExpected",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LaunchEstimate_CostHigh",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LaunchEstimate_CostLow",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LaunchEstimate_InputTokens",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LaunchEstimate_OutputTokensExpected",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LaunchEstimate_OutputTokensHigh",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "SampleOffset",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "ScalingPromptLimit",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "ScalingSubsets",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Subset",
                table: "Aggregates");

            migrationBuilder.CreateIndex(
                name: "IX_Aggregates_RunId_PromptId_Method_CandidateLimit",
                table: "Aggregates",
                columns: new[] { "RunId", "PromptId", "Method", "CandidateLimit" },
                unique: true);
        }
    }
}
