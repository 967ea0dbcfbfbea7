using System.Text.Json;
using Enforcement.Shared.Messages.Workforce;

namespace Enforcement.Cases.Procedure;

/// <summary>
/// 行政处罚程序 — the penalty procedure a case enters once officers find a violation: the simple procedure
/// (简易程序, decided on the spot, 行政处罚法 第51–53条) or the general procedure (普通程序, 第54–65条).
/// One per case; every step's data is kept here and every change is recorded in the hash chain.
/// </summary>
internal sealed class Proceeding
{
    public Guid CaseId { get; set; }
    public ProcedureKind Kind { get; set; }
    public ProceedingStage Stage { get; set; }

    // 当事人 — the party.
    public string PartyName { get; set; } = "";
    public string PartyKind { get; set; } = "individual";
    public string? PartyIdNumber { get; set; }
    public string? PartyAddress { get; set; }
    public string? PartyRepresentative { get; set; }

    public string Facts { get; set; } = "";
    public DateOnly ViolationOn { get; set; }
    /// <summary>For a continuing violation, the day it ended; the time bar runs from here (第36条第二款).</summary>
    public DateOnly? ViolationEndedOn { get; set; }
    /// <summary>Why the five-year bar applies (生命健康安全、金融安全且有危害后果), when it does.</summary>
    public string? LongTimeBarReason { get; set; }
    /// <summary>The officers who acted (badge, name, certificate), as the roster confirmed them, as JSON.</summary>
    public string OfficersJson { get; set; } = "[]";

    /// <summary>The officers who acted, read from <see cref="OfficersJson"/>.</summary>
    public IReadOnlyList<ActingOfficer> Officers() =>
        JsonSerializer.Deserialize<List<ActingOfficer>>(OfficersJson, JsonDefaults.Web) ?? [];

    public DateTime StartedAt { get; set; }
    public string? InvestigationSummary { get; set; }
    public DateTime? InvestigatedAt { get; set; }

    public string? CorrectionRequirement { get; set; }
    public DateOnly? CorrectionDeadline { get; set; }
    public DateTime? CorrectionIssuedAt { get; set; }

    public DateTime? NoticeAt { get; set; }
    public string? ProposedKind { get; set; }
    public decimal? ProposedAmount { get; set; }
    public bool HearingRight { get; set; }
    public DateOnly? StatementDeadline { get; set; }
    public DateOnly? HearingRequestDeadline { get; set; }

    public DateTime? StatementAt { get; set; }
    public string? Statement { get; set; }
    public bool StatementWaived { get; set; }

    public DateTime? HearingRequestedAt { get; set; }
    public DateTime? HearingNoticeAt { get; set; }
    public DateTime? HearingScheduledAt { get; set; }
    public string? HearingPlace { get; set; }
    public string? HearingHost { get; set; }
    public DateTime? HearingHeldAt { get; set; }
    public string? HearingRecord { get; set; }
    public bool HearingWaived { get; set; }

    public DateTime? ReviewAt { get; set; }
    public string? Reviewer { get; set; }
    public bool? ReviewPassed { get; set; }
    public string? ReviewOpinion { get; set; }

    public DateTime? ExtensionAt { get; set; }
    public string? ExtensionApprovedBy { get; set; }
    public string? ExtensionReason { get; set; }
    public string? ExtensionBasis { get; set; }
    public int? ExtensionDays { get; set; }

    public string? DecisionNumber { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionKind { get; set; }
    public decimal? DecisionAmount { get; set; }
    public string? DecisionText { get; set; }
    public string? DeviationReason { get; set; }
    /// <summary>The discretion band the facts placed the case in, as the benchmark computed it, as JSON.</summary>
    public string? DiscretionJson { get; set; }

    public DateTime? ServedAt { get; set; }
    public string? ServiceMethod { get; set; }
    public string? ServiceRecipient { get; set; }
    public string? ServicePlace { get; set; }

    public DateOnly? PaymentDueOn { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidAmount { get; set; }
    public decimal? LateFee { get; set; }

    public DateTime? ClosedAt { get; set; }
    public string? ClosingNote { get; set; }
}

internal enum ProcedureKind
{
    /// <summary>简易程序.</summary>
    Simple,
    /// <summary>普通程序.</summary>
    General,
}

/// <summary>Where a proceeding stands; each stage allows the next steps of its procedure.</summary>
internal enum ProceedingStage
{
    Filed,
    Investigated,
    Notified,
    Decided,
    Served,
    Executed,
    Closed,
}
