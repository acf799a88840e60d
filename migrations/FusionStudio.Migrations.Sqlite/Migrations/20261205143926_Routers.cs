using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FusionStudio.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Routers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Routers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Signal = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Alpha = table.Column<double>(type: "REAL", nullable: false),
                    Beta = table.Column<double>(type: "REAL", nullable: false),
                    EmbeddingModel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Candidates = table.Column<string>(type: "TEXT", nullable: false),
                    SourceRunIds = table.Column<string>(type: "TEXT", nullable: false),
                    Folds = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingQueries = table.Column<int>(type: "INTEGER", nullable: false),
                    Model = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Evaluation = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Routers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TextEmbeddings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Dimensions = table.Column<int>(type: "INTEGER", nullable: false),
                    Vector = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextEmbeddings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Routers_Name_Version",
                table: "Routers",
                columns: new[] { "Name", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TextEmbeddings_Model_TextHash",
                table: "TextEmbeddings",
                columns: new[] { "Model", "TextHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Routers");

            migrationBuilder.DropTable(
                name: "TextEmbeddings");
        }
    }
}
