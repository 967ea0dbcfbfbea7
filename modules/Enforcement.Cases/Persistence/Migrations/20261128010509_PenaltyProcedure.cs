using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PenaltyProcedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "cases_clocks",
                type: "TEXT",
                nullable: false,
                defaultValue: "duration");   // clocks before this migration were all service-level spans

            migrationBuilder.AddColumn<int>(
                name: "ExtendedBy",
                table: "cases_clocks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "cases_clocks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsWindow",
                table: "cases_clocks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Length",
                table: "cases_clocks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PauseReason",
                table: "cases_clocks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PausedAt",
                table: "cases_clocks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedAt",
                table: "cases_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArchivedBy",
                table: "cases_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cases_proceedings",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", nullable: false),
                    PartyKind = table.Column<string>(type: "TEXT", nullable: false),
                    PartyIdNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PartyAddress = table.Column<string>(type: "TEXT", nullable: true),
                    PartyRepresentative = table.Column<string>(type: "TEXT", nullable: true),
                    Facts = table.Column<string>(type: "TEXT", nullable: false),
                    ViolationOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ViolationEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LongTimeBarReason = table.Column<string>(type: "TEXT", nullable: true),
                    OfficersJson = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InvestigationSummary = table.Column<string>(type: "TEXT", nullable: true),
                    InvestigatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CorrectionRequirement = table.Column<string>(type: "TEXT", nullable: true),
                    CorrectionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionIssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NoticeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProposedKind = table.Column<string>(type: "TEXT", nullable: true),
                    ProposedAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    HearingRight = table.Column<bool>(type: "INTEGER", nullable: false),
                    StatementDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HearingRequestDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatementAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Statement = table.Column<string>(type: "TEXT", nullable: true),
                    StatementWaived = table.Column<bool>(type: "INTEGER", nullable: false),
                    HearingRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HearingNoticeAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HearingScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HearingPlace = table.Column<string>(type: "TEXT", nullable: true),
                    HearingHost = table.Column<string>(type: "TEXT", nullable: true),
                    HearingHeldAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HearingRecord = table.Column<string>(type: "TEXT", nullable: true),
                    HearingWaived = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reviewer = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReviewOpinion = table.Column<string>(type: "TEXT", nullable: true),
                    ExtensionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExtensionApprovedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", nullable: true),
                    ExtensionBasis = table.Column<string>(type: "TEXT", nullable: true),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionKind = table.Column<string>(type: "TEXT", nullable: true),
                    DecisionAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    DecisionText = table.Column<string>(type: "TEXT", nullable: true),
                    DeviationReason = table.Column<string>(type: "TEXT", nullable: true),
                    DiscretionJson = table.Column<string>(type: "TEXT", nullable: true),
                    ServedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ServiceMethod = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceRecipient = table.Column<string>(type: "TEXT", nullable: true),
                    ServicePlace = table.Column<string>(type: "TEXT", nullable: true),
                    PaymentDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    LateFee = table.Column<decimal>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_proceedings", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_cases_proceedings_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_proceedings_DecisionNumber",
                table: "cases_proceedings",
                column: "DecisionNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_proceedings");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "cases_clocks");

            migrationBuilder.DropColumn(
                name: "ExtendedBy",
                table: "cases_clocks");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "cases_clocks");

            migrationBuilder.DropColumn(
                name: "IsWindow",
                table: "cases_clocks");

            migrationBuilder.DropColumn(
                name: "Length",
                table: "cases_clocks");

            migrationBuilder.DropColumn(
                name: "PauseReason",
                table: "cases_clocks");

            migrationBuilder.DropColumn(
                name: "PausedAt",
                table: "cases_clocks");

            migrationBuilder.DropColumn(
                name: "ArchivedAt",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "ArchivedBy",
                table: "cases_cases");
        }
    }
}
