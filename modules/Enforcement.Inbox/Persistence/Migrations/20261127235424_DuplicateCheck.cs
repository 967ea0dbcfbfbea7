using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Inbox.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TopItemCode",
                table: "inbox_work_orders",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnlinkReason",
                table: "inbox_work_orders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // Orders triaged before this column existed: their top suggestion, from the stored suggestions.
            migrationBuilder.Sql(
                "UPDATE inbox_work_orders SET TopItemCode = json_extract(SuggestionsJson, '$[0].ItemCode') " +
                "WHERE SuggestionsJson IS NOT NULL AND json_valid(SuggestionsJson)");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_work_orders_Channel_UpdatedAt",
                table: "inbox_work_orders",
                columns: new[] { "Channel", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_work_orders_DuplicateOfId",
                table: "inbox_work_orders",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_work_orders_Jurisdiction_ReportedAt",
                table: "inbox_work_orders",
                columns: new[] { "Jurisdiction", "ReportedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbox_work_orders_Channel_UpdatedAt",
                table: "inbox_work_orders");

            migrationBuilder.DropIndex(
                name: "IX_inbox_work_orders_DuplicateOfId",
                table: "inbox_work_orders");

            migrationBuilder.DropIndex(
                name: "IX_inbox_work_orders_Jurisdiction_ReportedAt",
                table: "inbox_work_orders");

            migrationBuilder.DropColumn(
                name: "TopItemCode",
                table: "inbox_work_orders");

            migrationBuilder.DropColumn(
                name: "UnlinkReason",
                table: "inbox_work_orders");
        }
    }
}
