using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FusionStudio.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Algorithm = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Signal = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Alpha = table.Column<double>(type: "double precision", nullable: false),
                    Beta = table.Column<double>(type: "double precision", nullable: false),
                    EmbeddingModel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Candidates = table.Column<string>(type: "text", nullable: false),
                    SourceRunIds = table.Column<string>(type: "text", nullable: false),
                    Folds = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    TrainingQueries = table.Column<int>(type: "integer", nullable: false),
                    Model = table.Column<byte[]>(type: "bytea", nullable: false),
                    Evaluation = table.Column<string>(type: "text", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Routers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TextEmbeddings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Model = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Dimensions = table.Column<int>(type: "integer", nullable: false),
                    Vector = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
