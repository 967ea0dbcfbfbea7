using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Inbox.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NotEnforcement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NotEnforcementJson",
                table: "inbox_work_orders",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotEnforcementJson",
                table: "inbox_work_orders");
        }
    }
}
