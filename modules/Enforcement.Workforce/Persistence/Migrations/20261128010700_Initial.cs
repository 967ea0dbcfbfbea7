using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Workforce.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workforce_duty_plans",
                columns: table => new
                {
                    Jurisdiction = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MadeAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_duty_plans", x => new { x.Jurisdiction, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "workforce_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", nullable: false),
                    Badge = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Username = table.Column<string>(type: "TEXT", nullable: true),
                    Duty = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DutySince = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeactivatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeactivationReason = table.Column<string>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_officers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workforce_planned_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    DutyCheckId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_planned_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workforce_planned_checks_workforce_duty_plans_Jurisdiction_Day",
                        columns: x => new { x.Jurisdiction, x.Day },
                        principalTable: "workforce_duty_plans",
                        principalColumns: new[] { "Jurisdiction", "Day" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workforce_acknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TextHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_acknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workforce_acknowledgements_workforce_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "workforce_officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workforce_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuingAuthority = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workforce_certificates_workforce_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "workforce_officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workforce_duty_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MissedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", nullable: false),
                    PlannedCheckId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_duty_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workforce_duty_checks_workforce_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "workforce_officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workforce_interests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_interests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workforce_interests_workforce_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "workforce_officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workforce_acknowledgements_OfficerId",
                table: "workforce_acknowledgements",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_workforce_certificates_Number",
                table: "workforce_certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workforce_certificates_OfficerId",
                table: "workforce_certificates",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_workforce_duty_checks_Jurisdiction_Day",
                table: "workforce_duty_checks",
                columns: new[] { "Jurisdiction", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_workforce_duty_checks_OfficerId",
                table: "workforce_duty_checks",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_workforce_duty_checks_Result_DueBy",
                table: "workforce_duty_checks",
                columns: new[] { "Result", "DueBy" });

            migrationBuilder.CreateIndex(
                name: "IX_workforce_interests_OfficerId",
                table: "workforce_interests",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_workforce_officers_Badge",
                table: "workforce_officers",
                column: "Badge",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workforce_officers_Username",
                table: "workforce_officers",
                column: "Username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workforce_planned_checks_Jurisdiction_Day",
                table: "workforce_planned_checks",
                columns: new[] { "Jurisdiction", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_workforce_planned_checks_Outcome_At",
                table: "workforce_planned_checks",
                columns: new[] { "Outcome", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workforce_acknowledgements");

            migrationBuilder.DropTable(
                name: "workforce_certificates");

            migrationBuilder.DropTable(
                name: "workforce_duty_checks");

            migrationBuilder.DropTable(
                name: "workforce_interests");

            migrationBuilder.DropTable(
                name: "workforce_planned_checks");

            migrationBuilder.DropTable(
                name: "workforce_officers");

            migrationBuilder.DropTable(
                name: "workforce_duty_plans");
        }
    }
}
