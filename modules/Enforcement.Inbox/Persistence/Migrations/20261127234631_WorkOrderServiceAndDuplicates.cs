using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Inbox.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkOrderServiceAndDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttributesJson",
                table: "inbox_work_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateOfId",
                table: "inbox_work_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ItemCode",
                table: "inbox_work_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ServiceCode",
                table: "inbox_work_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "inbox_work_orders",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AttributesJson",
                table: "inbox_work_orders");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "inbox_work_orders");

            migrationBuilder.DropColumn(
                name: "ItemCode",
                table: "inbox_work_orders");

            migrationBuilder.DropColumn(
                name: "ServiceCode",
                table: "inbox_work_orders");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "inbox_work_orders");
        }
    }
}
