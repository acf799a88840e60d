using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BestOfK",
                table: "RunPrompts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql(FusionStudio.Data.Migrations.BestOfKBackfill.Sqlite);
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
