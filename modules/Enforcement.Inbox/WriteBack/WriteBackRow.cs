namespace Enforcement.Inbox.WriteBack;

/// <summary>
/// What the brigade reports back to a channel for one of its work orders. Times are W3C with zone
/// (China time); a step not reached yet is null. <c>satisfaction</c> is <c>satisfied</c>,
/// <c>basically-satisfied</c> or <c>dissatisfied</c>. <c>duplicateOf</c> is the external id of the work
/// order that opened the matter this one was linked to as a "me too".
/// </summary>
public sealed record WriteBackRow(
    string ExternalId, string Number, string Status, string StatusName, string? CaseNumber, string? ItemCode,
    string? ResultSummary, string ReceivedAt, string? DispatchedAt, string? ArrivedAt, string? ResultAt, string? ClosedAt,
    string? Satisfaction, string? SatisfactionComment, string? DuplicateOf, string UpdatedAt)
{
    public static readonly string[] CsvColumns =
    [
        "externalId", "number", "status", "statusName", "caseNumber", "itemCode", "resultSummary", "receivedAt", "dispatchedAt",
        "arrivedAt", "resultAt", "closedAt", "satisfaction", "satisfactionComment", "duplicateOf", "updatedAt",
    ];

    public string?[] CsvValues() =>
    [
        ExternalId, Number, Status, StatusName, CaseNumber, ItemCode, ResultSummary, ReceivedAt, DispatchedAt, ArrivedAt,
        ResultAt, ClosedAt, Satisfaction, SatisfactionComment, DuplicateOf, UpdatedAt,
    ];
}

/// <summary>The JSON answer; <c>asOf</c> is the moment to pass as <c>since</c> next time.</summary>
public sealed record WriteBackAnswer(string Channel, string? Since, string AsOf, int Count, IReadOnlyList<WriteBackRow> WorkOrders);
