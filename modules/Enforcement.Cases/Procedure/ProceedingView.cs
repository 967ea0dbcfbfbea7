using System.Text.Json;
using Enforcement.Shared.Messages.Workforce;
using static Enforcement.Cases.StoredUtc;

namespace Enforcement.Cases.Procedure;

/// <summary>The penalty procedure as the case page and the API show it; amounts in yuan, times in UTC.</summary>
public sealed record ProceedingView(
    string Kind, string KindName, string Stage, string StageName,
    object Party, string Facts, DateOnly ViolationOn, DateOnly? ViolationEndedOn, string? LongTimeBarReason,
    IReadOnlyList<ActingOfficer> Officers, DateTimeOffset StartedAt,
    string? InvestigationSummary, DateTimeOffset? InvestigatedAt,
    string? CorrectionRequirement, DateOnly? CorrectionDeadline,
    DateTimeOffset? NoticeAt, string? ProposedKind, decimal? ProposedAmount, bool HearingRight,
    DateOnly? StatementDeadline, DateOnly? HearingRequestDeadline,
    DateTimeOffset? StatementAt, string? Statement, bool StatementWaived,
    DateTimeOffset? HearingRequestedAt, DateTimeOffset? HearingScheduledAt, string? HearingPlace, string? HearingHost,
    DateTimeOffset? HearingHeldAt, string? HearingRecord, bool HearingWaived,
    DateTimeOffset? ReviewAt, string? Reviewer, bool? ReviewPassed, string? ReviewOpinion,
    DateTimeOffset? ExtensionAt, string? ExtensionApprovedBy, string? ExtensionReason, string? ExtensionBasis, int? ExtensionDays,
    string? DecisionNumber, DateTimeOffset? DecidedAt, string? DecisionKind, decimal? DecisionAmount, string? DecisionText,
    string? DeviationReason, JsonElement? Discretion,
    DateTimeOffset? ServedAt, string? ServiceMethod, string? ServiceRecipient, string? ServicePlace,
    DateOnly? PaymentDueOn, DateOnly? PaidOn, decimal? PaidAmount, decimal? LateFee, decimal? LateFeeIfPaidToday,
    DateTimeOffset? ClosedAt, string? ClosingNote)
{
    internal static ProceedingView Of(Proceeding p, DateOnly today) => new(
        p.Kind == ProcedureKind.Simple ? "simple" : "general", p.Kind == ProcedureKind.Simple ? "简易程序" : "普通程序",
        p.Stage.ToString().ToLowerInvariant(), ProcedureStates.Name(p.Stage),
        new { name = p.PartyName, kind = p.PartyKind, idNumber = p.PartyIdNumber, address = p.PartyAddress, representative = p.PartyRepresentative },
        p.Facts, p.ViolationOn, p.ViolationEndedOn, p.LongTimeBarReason,
        p.Officers(), At(p.StartedAt),
        p.InvestigationSummary, At(p.InvestigatedAt), p.CorrectionRequirement, p.CorrectionDeadline,
        At(p.NoticeAt), p.ProposedKind, p.ProposedAmount, p.HearingRight, p.StatementDeadline, p.HearingRequestDeadline,
        At(p.StatementAt), p.Statement, p.StatementWaived,
        At(p.HearingRequestedAt), At(p.HearingScheduledAt), p.HearingPlace, p.HearingHost, At(p.HearingHeldAt), p.HearingRecord, p.HearingWaived,
        At(p.ReviewAt), p.Reviewer, p.ReviewPassed, p.ReviewOpinion,
        At(p.ExtensionAt), p.ExtensionApprovedBy, p.ExtensionReason, p.ExtensionBasis, p.ExtensionDays,
        p.DecisionNumber, At(p.DecidedAt), p.DecisionKind, p.DecisionAmount, p.DecisionText, p.DeviationReason,
        p.DiscretionJson is null ? null : JsonDocument.Parse(p.DiscretionJson).RootElement.Clone(),
        At(p.ServedAt), p.ServiceMethod, p.ServiceRecipient, p.ServicePlace,
        p.PaymentDueOn, p.PaidOn, p.PaidAmount, p.LateFee,
        p.DecisionAmount is { } fine && p.PaymentDueOn is { } due && p.PaidOn is null ? Rules.LateFeeRule.Compute(fine, due, today) : null,
        At(p.ClosedAt), p.ClosingNote);
}
