using MediatR;

namespace Enforcement.Shared.Messages.Inbox;

/// <summary>
/// Work orders for another module to show (e.g. Open311's GET requests). Filters left null do not
/// filter; <paramref name="Take"/> caps the answer. Newest first.
/// </summary>
public sealed record FindWorkOrders(
    string Jurisdiction,
    IReadOnlyList<Guid>? Ids = null,
    IReadOnlyList<string>? ServiceCodes = null,
    DateTimeOffset? ReportedFrom = null,
    DateTimeOffset? ReportedTo = null,
    bool? Open = null,
    string? Channel = null,
    int Take = 1000) : IRequest<IReadOnlyList<WorkOrderSummary>>;

/// <summary>
/// A work order as other modules see it. <paramref name="ServiceCode"/> is the item the case was opened
/// under, else the item the resident chose, else the top suggestion. <paramref name="Open"/> is false
/// once its case is closed.
/// </summary>
public sealed record WorkOrderSummary(
    Guid Id, string Number, string Jurisdiction, string Channel, string ExternalId, string Text, string? Address,
    double? Latitude, double? Longitude, DateTimeOffset ReportedAt, DateTimeOffset ReceivedAt, DateTimeOffset UpdatedAt,
    string Status, string StatusName, bool Open, string? ServiceCode, Guid? CaseId, string? CaseNumber, Guid? DuplicateOf);
