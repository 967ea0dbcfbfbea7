using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseDelegation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DelegationJson",
                table: "cases_cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "null");   // cases opened before delegations were recorded

            migrationBuilder.AddColumn<string>(
                name: "DelegationMode",
                table: "cases_cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DelegationJson",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "DelegationMode",
                table: "cases_cases");
        }
    }
}
