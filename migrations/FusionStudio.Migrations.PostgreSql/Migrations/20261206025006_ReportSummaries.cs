using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReportSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double[]>(
                name: "BestOfK",
                table: "RunPrompts",
                type: "double precision[]",
                nullable: true);

            migrationBuilder.Sql(FusionStudio.Data.Migrations.BestOfKBackfill.PostgreSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BestOfK",
                table: "RunPrompts");
        }
    }
}
