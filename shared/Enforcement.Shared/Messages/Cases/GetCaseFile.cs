using Enforcement.Shared.Messages.Workforce;
using MediatR;

namespace Enforcement.Shared.Messages.Cases;

/// <summary>
/// Everything the standard documents (文书) and the archived case file (卷宗) are made from; null when
/// there is no such case. Parts a case has not reached yet are null.
/// </summary>
public sealed record GetCaseFile(Guid CaseId) : IRequest<CaseFile?>;

/// <summary>
/// <paramref name="Procedure"/> is <c>simple</c> (简易程序), <c>general</c> (普通程序) or null when no
/// penalty procedure was started. <paramref name="Authority"/> is the body that decides, e.g.
/// 南苑街道综合行政执法大队.
/// </summary>
public sealed record CaseFile(
    Guid CaseId,
    string CaseNumber,
    string Authority,
    string ItemCode,
    string ItemName,
    string DepartmentName,
    string? Procedure,
    CaseParty? Party,
    string? Facts,
    IReadOnlyList<string> ViolatedProvisions,
    IReadOnlyList<string> PenaltyProvisions,
    string PenaltyWording,
    IReadOnlyList<ActingOfficer> Officers,
    CaseInspection? Inspection,
    CaseCorrectionOrder? Correction,
    CasePriorNotice? PriorNotice,
    CaseDecision? Decision,
    CaseService? Service,
    IReadOnlyList<CaseStep> Steps);

/// <summary>当事人. <paramref name="Kind"/> is <c>individual</c> or <c>organisation</c>.</summary>
public sealed record CaseParty(string Name, string Kind, string? IdNumber, string? Address, string? Representative);

/// <summary>现场检查（勘验）笔录: when, where, and the findings as label/value pairs from the item's form.</summary>
public sealed record CaseInspection(
    DateTimeOffset At, string Place, IReadOnlyList<KeyValuePair<string, string>> Findings, string? Summary);

/// <summary>责令（限期）改正: what must be corrected and by when.</summary>
public sealed record CaseCorrectionOrder(string Requirement, DateOnly Deadline, DateTimeOffset IssuedAt, string LegalBasis);

/// <summary>行政处罚事先告知: the proposed penalty, the deadline for statement and defence, and whether a hearing may be asked for.</summary>
public sealed record CasePriorNotice(
    DateTimeOffset IssuedAt, string ProposedPenalty, DateOnly StatementDeadline, bool HearingRight, DateOnly? HearingRequestDeadline);

/// <summary>
/// 行政处罚决定: <paramref name="Kind"/> is <c>warning</c> or <c>fine</c>; <paramref name="Text"/> is the
/// decision's wording; <paramref name="PaymentDeadlineDays"/> is the payment period (Art. 67: 15 days).
/// </summary>
public sealed record CaseDecision(
    string Number, DateTimeOffset DecidedAt, string Kind, decimal? Amount, string Text, int PaymentDeadlineDays,
    string? DeviationReason, bool OnTheSpot);

/// <summary>送达: when, how (直接送达, 留置送达, 邮寄送达 …) and to whom.</summary>
public sealed record CaseService(DateTimeOffset ServedAt, string Method, string Recipient, string? Place);

/// <summary>One step of the case as recorded: code, Chinese name, when, by whom, and a short note.</summary>
public sealed record CaseStep(string Code, string Name, DateTimeOffset At, string Actor, string? Note);
