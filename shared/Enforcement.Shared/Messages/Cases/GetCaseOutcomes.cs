using MediatR;

namespace Enforcement.Shared.Messages.Cases;

/// <summary>
/// What the brigade reports back to a channel about cases (write-back): the cases named in
/// <paramref name="CaseIds"/>, plus every case with any step at or after <paramref name="ChangedSince"/>.
/// </summary>
public sealed record GetCaseOutcomes(IReadOnlyList<Guid> CaseIds, DateTimeOffset? ChangedSince = null)
    : IRequest<IReadOnlyList<CaseOutcome>>;

/// <summary>
/// A case's times and result as a channel needs them. <paramref name="Satisfaction"/> is the rating code
/// (<c>satisfied</c>, <c>basically-satisfied</c>, <c>dissatisfied</c>); <paramref name="LastChangedAt"/>
/// is the latest of its steps.
/// </summary>
public sealed record CaseOutcome(
    Guid CaseId, string CaseNumber, Guid WorkOrderId, string ItemCode, string ItemName, string Status, string StatusName,
    DateTimeOffset OpenedAt, DateTimeOffset? DispatchedAt, DateTimeOffset? ArrivedAt, DateTimeOffset? ResultAt,
    DateTimeOffset? ClosedAt, string? ResultSummary, string? Satisfaction, string? SatisfactionComment,
    DateTimeOffset? RatedAt, DateTimeOffset LastChangedAt);
